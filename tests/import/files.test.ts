import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportOptions } from '../../runtime/import/import-article.js';
import { SEED_SLUG } from '../helpers/content.js';
import { SEED_TEXT_PATH } from './pages.js';

const seedText = readFileSync(SEED_TEXT_PATH, 'utf8');

function workspace(): { input: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'quotebot-files-'));
  const contentDir = join(root, 'content');
  mkdirSync(contentDir);
  return { input: join(root, 'input'), contentDir };
}

async function problemOf(
  contents: string | Buffer,
  name = 'article.txt',
  options: Partial<ImportOptions> = {},
) {
  const { input, contentDir } = workspace();
  mkdirSync(input);
  const path = join(input, name);
  writeFileSync(path, contents);
  const outcome = await importArticle(path, { contentDir, ...options });
  expect(readdirSync(contentDir), 'nothing is written').toEqual([]);
  if (outcome.ok) throw new Error('imported');
  expect(outcome.problem.source).toBe(path);
  return outcome.problem;
}

describe('importing bad files', () => {
  it('given a missing file or a folder then it names the problem', async () => {
    const { input, contentDir } = workspace();
    const missing = await importArticle(join(input, 'nope.txt'), { contentDir });
    expect(!missing.ok && missing.problem.code).toBe('not-found');
    const folder = await importArticle(contentDir, { contentDir });
    expect(!folder.ok && folder.problem).toMatchObject({ code: 'unreadable', detail: 'EISDIR' });
  });

  it('given an empty or blank file then it is empty', async () => {
    expect(await problemOf('')).toMatchObject({ code: 'empty' });
    expect(await problemOf(' \n\n\t\n')).toMatchObject({ code: 'empty' });
  });

  it('given binary content or bytes that are not UTF-8 then it is not text', async () => {
    expect(await problemOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'a.png')).toMatchObject({
      code: 'binary',
      detail: 'binary',
    });
    expect(await problemOf(Buffer.from('Caf\xe9 society\n\nText.', 'latin1'))).toMatchObject({
      code: 'binary',
      detail: 'not-utf8',
    });
  });

  it('given a file over the size limit then it is refused before reading', async () => {
    expect(await problemOf(seedText, 'a.txt', { maxBytes: 1000 })).toMatchObject({
      code: 'too-large',
      limit: 1000,
    });
  });

  it('given a JSON file, or JSON under another name, then it is data, not an article, unless a format is given', async () => {
    const json = JSON.stringify({ title: 'River', body: 'The river rose overnight. The council met.' });
    expect(await problemOf(json, 'x.json')).toMatchObject({ code: 'not-a-page', detail: 'JSON' });
    expect(await problemOf(`[${json}]`, 'export.txt')).toMatchObject({ code: 'not-a-page', detail: 'JSON' });
    const asText = await problemOf(json, 'x.json', { format: 'text' });
    expect(asText.code).not.toBe('not-a-page');
  });

  it('given a text in square brackets that is not JSON then it is read as text', async () => {
    const problem = await problemOf('[Updated] A Title\n\nSome body text here.\n\nMore text.');
    expect(problem).toMatchObject({ code: 'missing-fields' });
  });

  it('given a text without an author or publication then it names the author, the one option it needs', async () => {
    const problem = await problemOf('A Title\n\nMarch 3, 2021\n\nSome body text here.\n\nMore text.');
    expect(problem).toMatchObject({ code: 'missing-fields', fields: ['author'] });
  });

  it('given a letter with its author and date and no publication then it is imported without one', async () => {
    const { input, contentDir } = workspace();
    mkdirSync(input);
    const path = join(input, 'letter.txt');
    writeFileSync(
      path,
      'Letter to a Friend\n\nBy Ann Lee\n\nMarch 3, 2021\n\nDear Sir, the harvest came in early this year.\n',
    );
    const outcome = await importArticle(path, { contentDir });
    expect(outcome.ok).toBe(true);
    const written = readFileSync(join(contentDir, readdirSync(contentDir)[0]!), 'utf8');
    expect(written).toContain('author: Ann Lee');
    expect(written).not.toContain('publication:');
  });

  it('given a UTF-16 file with a byte-order mark then it is read', async () => {
    const { input, contentDir } = workspace();
    mkdirSync(input);
    const path = join(input, 'seed.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]));
    const outcome = await importArticle(path, { contentDir, dryRun: true });
    expect(outcome.ok && outcome.value.slug).toBe(SEED_SLUG);
  });
});

describe('writing the content file', () => {
  it('given a slug that is taken then nothing is replaced, and --force replaces it', async () => {
    const { contentDir } = workspace();
    const existing = join(contentDir, `${SEED_SLUG}.md`);
    writeFileSync(existing, 'hand-edited');
    const refused = await importArticle(SEED_TEXT_PATH, { contentDir });
    expect(!refused.ok && refused.problem).toMatchObject({
      code: 'slug-taken',
      slug: SEED_SLUG,
      path: existing,
    });
    expect(readFileSync(existing, 'utf8')).toBe('hand-edited');
    expect(readdirSync(contentDir)).toEqual([`${SEED_SLUG}.md`]);
    const forced = await importArticle(SEED_TEXT_PATH, { contentDir, force: true });
    expect(forced.ok && forced.value).toMatchObject({ written: true, replaced: true });
    expect(readFileSync(existing, 'utf8')).toMatch(/^---\ntitle: /);
    expect(readdirSync(contentDir)).toEqual([`${SEED_SLUG}.md`]);
  });

  it('given --slug then the file takes that name', async () => {
    const { contentDir } = workspace();
    const outcome = await importArticle(SEED_TEXT_PATH, { contentDir, slug: 'muddling-through' });
    expect(outcome.ok && outcome.value.article.sentences[0]!.id).toBe('muddling-through#0');
    expect(readdirSync(contentDir)).toEqual(['muddling-through.md']);
  });

  it('given a dry run then nothing is written and a taken slug is a warning', async () => {
    const { contentDir } = workspace();
    writeFileSync(join(contentDir, `${SEED_SLUG}.md`), 'x');
    const outcome = await importArticle(SEED_TEXT_PATH, { contentDir, dryRun: true });
    expect(outcome.ok && outcome.value.written).toBe(false);
    expect(outcome.ok && outcome.value.warnings.map((warning) => warning.code)).toEqual(['slug-exists']);
    expect(readdirSync(contentDir)).toEqual([`${SEED_SLUG}.md`]);
  });

  it('given a content folder that does not exist then it says so', async () => {
    const { contentDir } = workspace();
    const outcome = await importArticle(SEED_TEXT_PATH, { contentDir: join(contentDir, 'missing') });
    expect(!outcome.ok && outcome.problem.code).toBe('no-content-dir');
  });
});
