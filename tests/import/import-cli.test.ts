import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SEED_SLUG, TIDES_FILE } from '../helpers/content.js';
import { SEED_TEXT_PATH, startPageServer, type PageServer } from './pages.js';

const BIN = join(import.meta.dirname, '../../bin/quotebot.js');

/** Runs the CLI without blocking this process, so the test's own web server can answer it. */
function runCliAsync(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const contentDir = (): string => mkdtempSync(join(tmpdir(), 'quotebot-cli-import-'));

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

describe('quotebot import', () => {
  it('given the seed text and --json then it writes the file and prints the documented shape', () => {
    const dir = contentDir();
    const { code, stdout } = runCli(['import', SEED_TEXT_PATH, '--json'], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['slug', 'path', 'written', 'article', 'warnings']);
    expect(result).toEqual({
      slug: SEED_SLUG,
      path: join(dir, `${SEED_SLUG}.md`),
      written: true,
      article: {
        title: "Donald Trump's Own Version of Muddling Through on North Korea",
        author: 'Eric Ballbach',
        date: '2020-05-17',
        publication: 'The National Interest',
      },
      warnings: [],
    });
    expect(runCli(['check'], { CONTENT_DIR: dir }).code).toBe(0);
  });

  it('given the seed text then it says what it wrote: its paragraphs and the sentences it can quote', () => {
    const { code, stdout } = runCli(['import', SEED_TEXT_PATH], { CONTENT_DIR: contentDir() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 5 paragraphs, 16 sentences$/m);
  });

  it('given a speech in one paragraph with repeated sentences then the summary and the warning count alike', () => {
    const dir = contentDir();
    const sentences = Array.from({ length: 45 }, (_, i) => `Point ${i} of the speech stands here.`);
    const speech = [...sentences, ...Array.from({ length: 5 }, () => 'Thank you.')].join(' ');
    const file = join(dir, 'speech.md');
    writeFileSync(
      file,
      `---\ntitle: The Speech\nauthor: Ana Silva\npublication: Town Crier\ndate: 2024-05-01\n---\n\n${speech}\n`,
    );
    const out = contentDir();
    const { code, stdout, stderr } = runCli(['import', file], { CONTENT_DIR: out });
    expect(code).toBe(0);
    expect(stderr).toContain('warning: the body is one paragraph of 50 sentences');
    expect(stdout).toMatch(/: 1 paragraph, 50 sentences, 46 to quote \(4 repeats\)$/m);
  });

  it('given a transcript with "(Applause.)" and "(Laughter.)" notes then it says they are left out, not that they are Markdown', () => {
    const dir = contentDir();
    const file = join(dir, 'speech.txt');
    const paragraphs = [
      'Remarks at the Opening',
      'Six years ago this was a warehouse. Today it is a library. (Applause.)',
      'I have been breaking that rule ever since. (Laughter.)',
      'Thank you, and welcome to your library. (Applause.)',
    ];
    writeFileSync(file, paragraphs.join('\n\n'));
    const args = [
      'import',
      file,
      '--author',
      'Daniel Okafor',
      '--publication',
      'City',
      '--date',
      '2025-06-14',
    ];
    const { code, stderr } = runCli(args, { CONTENT_DIR: contentDir() });
    expect(code).toBe(0);
    expect(stderr).toContain(
      'warning: 3 transcript notes such as (Applause.), (Laughter.) are left out: no quote, summary or daily post shows them',
    );
    expect(stderr).not.toContain('Markdown markers');
  });

  it('given --dry-run then it prints the content file and writes nothing', () => {
    const dir = contentDir();
    const { code, stdout } = runCli(['import', SEED_TEXT_PATH, '--dry-run'], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: Donald Trump's Own Version/);
    expect(stdout).toContain('image_credit: Reuters\n---\n\nFollowing the rapprochement');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('given a content file saved as .txt then the import takes its front matter as it is, not "---" as the title', () => {
    const dir = contentDir();
    const file = join(dir, 'tides.txt');
    writeFileSync(file, TIDES_FILE);
    const { code, stdout } = runCli(['import', file, '--dry-run'], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toBe(TIDES_FILE);
  });

  it('given --dry-run and --json then the JSON has the file it would write as "content", and nothing is written', () => {
    const dir = contentDir();
    const dryRun = runCli(['import', SEED_TEXT_PATH, '--dry-run', '--json'], { CONTENT_DIR: dir });
    expect(dryRun.code).toBe(0);
    const result = JSON.parse(dryRun.stdout);
    expect(Object.keys(result)).toEqual(['slug', 'path', 'written', 'article', 'warnings', 'content']);
    expect(result.written).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(runCli(['import', SEED_TEXT_PATH], { CONTENT_DIR: dir }).code).toBe(0);
    expect(result.content).toBe(readFileSync(join(dir, `${SEED_SLUG}.md`), 'utf8'));
  });

  it('given the same import twice then the second fails with exit 1 and suggests --slug or --force', () => {
    const dir = contentDir();
    expect(runCli(['import', SEED_TEXT_PATH], { CONTENT_DIR: dir }).code).toBe(0);
    const { code, stdout, stderr } = runCli(['import', SEED_TEXT_PATH], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'already exists; choose another name with --slug <slug>, or replace it with --force',
    );
  });

  it('given the same text again under another --slug then it is refused unless --force, and check names both files', () => {
    const dir = contentDir();
    expect(runCli(['import', SEED_TEXT_PATH], { CONTENT_DIR: dir }).code).toBe(0);
    const again = ['import', SEED_TEXT_PATH, '--slug', 'seed-copy'];
    const refused = runCli(again, { CONTENT_DIR: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `same text as ${SEED_SLUG}.md, already in the content folder (a second copy would hide it in answers); nothing was written. Replace that file with --slug ${SEED_SLUG} --force, or keep both with --force`,
    );
    expect(readdirSync(dir)).toEqual([`${SEED_SLUG}.md`]);
    const dry = runCli([...again, '--dry-run'], { CONTENT_DIR: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain(
      `same text as ${SEED_SLUG}.md, already in the content folder: importing for real needs --force`,
    );
    const forced = runCli([...again, '--force'], { CONTENT_DIR: dir });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(`warning: same text as ${SEED_SLUG}.md, also in the content folder`);
    const check = runCli(['check'], { CONTENT_DIR: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`⚠ ${SEED_SLUG}.md and seed-copy.md have the same text`);
    expect(check.stdout).toContain('2 article(s) valid, 0 problem(s)');
  });

  it('given a file that does not exist then it exits 1 naming it', () => {
    const { code, stderr } = runCli(['import', '/no/such/article.txt'], { CONTENT_DIR: contentDir() });
    expect(code).toBe(1);
    expect(stderr).toBe('quotebot: /no/such/article.txt: no such file\n');
  });

  it('given --json and an import that fails then stdout has its kind and message, with exit code 1', () => {
    const missing = runCli(['import', '/no/such/article.txt', '--json'], { CONTENT_DIR: contentDir() });
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({
      kind: 'not-found',
      message: '/no/such/article.txt: no such file',
    });
    const dir = contentDir();
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'Budget review\n\nThe council met. It agreed the budget. Nobody objected.\n');
    const unnamed = runCli(['import', note, '--json'], { CONTENT_DIR: dir });
    expect(unnamed.code).toBe(1);
    expect(JSON.parse(unnamed.stdout)).toMatchObject({ kind: 'missing-fields' });
    expect(JSON.parse(unnamed.stdout).message).toContain('give them with --author …');
  });

  it('given a JSON file then it exits 1 naming it and the kinds of file import reads', () => {
    const dir = contentDir();
    const file = join(dir, 'x.json');
    writeFileSync(file, '{"title": "River", "body": "The river rose overnight. The council met."}\n');
    const { code, stderr } = runCli(['import', file, '--author', 'A', '--publication', 'P'], {
      CONTENT_DIR: dir,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `quotebot: ${file}: is JSON, not an article: import reads web pages (.html or an http(s) address), Markdown (.md) and plain text (.txt)\n`,
    );
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('given a file of a title alone then it exits 1 saying it has a title but no body text, with --title too', () => {
    const dir = contentDir();
    const file = join(dir, 'title-only.txt');
    writeFileSync(file, 'Just A Title\n');
    const fields = ['--author', 'A', '--publication', 'P', '--date', '2024-01-01'];
    for (const title of [[], ['--title', 'Just A Title']]) {
      const { code, stderr } = runCli(['import', file, ...fields, ...title], { CONTENT_DIR: dir });
      expect([code, stderr], title.join(' ')).toEqual([
        1,
        `quotebot: ${file}: has a title ("Just A Title") but no body text; an article is its text after the title\n`,
      ]);
    }
    expect(readdirSync(dir)).toEqual(['title-only.txt']);
    // A sentence alone is the body of an article that needs its title.
    writeFileSync(file, 'The river rose overnight.\n');
    expect(runCli(['import', file, ...fields], { CONTENT_DIR: dir }).stderr).toContain(
      'could not find the title',
    );
  });

  it('given --title for a plain text, then that is the title, and the first line stays body text unless it is that title', () => {
    const dir = contentDir();
    const file = join(dir, 'river.txt');
    const fields = ['--author', 'A', '--publication', 'P', '--date', '2024-01-01', '--dry-run'];
    const body = (text: string, title: string): string[] => {
      writeFileSync(file, text);
      const { code, stdout } = runCli(['import', file, ...fields, '--title', title, '--json'], {
        CONTENT_DIR: dir,
      });
      expect(code).toBe(0);
      const { article, content } = JSON.parse(stdout);
      expect(article.title).toBe(title);
      return content.split('\n---\n')[1].trim().split(/\n\n/);
    };
    const rose = 'The river rose overnight. Roads were closed.';
    const council = 'The council met on Tuesday.';
    // A first line that is no title, or another one: the body's first paragraph, as written.
    expect(body(`${rose}\n\n${council}\n`, 'Flood warning')).toEqual([rose, council]);
    expect(body(`River news\n\n${rose}\n\n${council}\n`, 'Flood warning')).toEqual([
      'River news',
      rose,
      council,
    ]);
    // The title given, as the first line: the title line, not body text.
    expect(body(`Flood Warning\n\n${rose}\n\n${council}\n`, 'Flood warning')).toEqual([rose, council]);
  });

  it('given a Chinese text then it asks for --slug rather than name the file after its date', () => {
    const dir = contentDir();
    const file = join(dir, 'spring.txt');
    writeFileSync(
      file,
      '北京的春天\n作者：李明，2023年4月1日\n\n北京的春天来得很快。公园里的桃花一夜之间全都开了。\n',
    );
    const fields = ['--author', '李明', '--publication', '博客', '--date', '2023-04-01'];
    const { code, stderr } = runCli(['import', file, ...fields], { CONTENT_DIR: dir });
    expect([code, stderr]).toEqual([
      1,
      `quotebot: ${file}: no file name can be made from the title (it has no letters a to z); give one with --slug <a-name>, e.g. --slug spring\n`,
    ]);
    expect(readdirSync(dir)).toEqual(['spring.txt']);
    expect(runCli(['import', file, ...fields, '--slug', 'beijing-spring'], { CONTENT_DIR: dir }).code).toBe(
      0,
    );
  });

  it('given --date in an order no reader can be sure of then it exits 1 and says how to write it', () => {
    const { code, stderr } = runCli(['import', SEED_TEXT_PATH, '--date', '03/04/2021'], {
      CONTENT_DIR: contentDir(),
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      '"03/04/2021" is not a date I can read: write it YYYY-MM-DD (2021-04-03 or 2021-03-04)',
    );
  });

  it('given --date of numbers only one reading of which is a calendar date then it is that date', () => {
    for (const [date, iso] of [
      ['18/02/2005', '2005-02-18'],
      ['02/18/2005', '2005-02-18'],
      ['03.03.2021', '2021-03-03'],
    ]) {
      const { code, stdout } = runCli(['import', SEED_TEXT_PATH, '--date', date!, '--json'], {
        CONTENT_DIR: contentDir(),
      });
      expect(code, date).toBe(0);
      expect(JSON.parse(stdout).article.date).toBe(iso);
    }
    const { stderr } = runCli(['import', SEED_TEXT_PATH, '--date', '31/31/2005'], {
      CONTENT_DIR: contentDir(),
    });
    expect(stderr).toContain('"31/31/2005" is not a date I can read: write it YYYY-MM-DD (2021-03-04)');
  });

  it('given --date with the year first and slashes or dots then it is that date', () => {
    for (const date of ['2021/03/03', '2021.03.03']) {
      const { code, stdout } = runCli(['import', SEED_TEXT_PATH, '--date', date, '--json'], {
        CONTENT_DIR: contentDir(),
      });
      expect(code).toBe(0);
      expect(JSON.parse(stdout).article.date).toBe('2021-03-03');
    }
  });

  it.each([
    [['import']],
    [['import', 'a.txt', 'b.txt', '--slug', 'one-name']],
    [['import', 'a.txt', '--slug', 'Not A Slug']],
    [['import', 'a.txt', '--format', 'pdf']],
    [['import', 'a.txt', '--timeout', 'soon']],
    [['import', 'a.txt', '--bogus']],
  ])('given bad usage %j then it exits 2 with the usage', (args) => {
    const { code, stderr } = runCli(args, { CONTENT_DIR: contentDir() });
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });

  it('given a page address then it imports it, and a stalled one times out with exit 1', async () => {
    const dir = contentDir();
    const page = await runCliAsync(['import', server.url('/article')], { CONTENT_DIR: dir });
    expect(page.code).toBe(0);
    expect(page.stdout).toContain(
      'Imported “Rivers Run Dry in the Valley” by Maria Lopez (The Example Gazette, 2023-07-09)',
    );
    expect(readdirSync(dir)).toEqual(['rivers-run-dry-in-the-valley.md']);
    const slow = await runCliAsync(['import', server.url('/silent'), '--timeout', '0.5'], {
      CONTENT_DIR: dir,
    });
    expect(slow.code).toBe(1);
    expect(slow.stderr).toContain('no complete answer within 0.5 s');
    const missing = await runCliAsync(['import', server.url('/gone')], { CONTENT_DIR: dir });
    expect(missing.stderr).toContain('the server answered 404 Not Found');
  });
});
