import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractMarkdown,
  extractPlainText,
  parseArticle,
  prepareContentFile,
  type Article,
} from '../../src/index.js';
import { importArticle } from '../../runtime/import/import-article.js';
import { SEED_SLUG, seedArticle } from '../helpers/content.js';
import { SEED_TEXT_PATH } from './pages.js';

const seedText = readFileSync(SEED_TEXT_PATH, 'utf8');

/** Everything of an article but the hand-made glossary, which no source text carries. */
function withoutGlossary(article: Article) {
  const { glossary: _glossary, ...meta } = article.meta;
  return {
    slug: article.slug,
    meta,
    body: article.body,
    paragraphs: article.paragraphs,
    sentences: article.sentences,
  };
}

describe('importing the seed article (plain text)', () => {
  it('given the seed text then the draft has the hand-made file’s metadata', () => {
    const draft = extractPlainText(seedText);
    const { glossary: _glossary, ...expected } = seedArticle().meta;
    expect(draft).toMatchObject({ ...expected, tags: ['North Korea', 'Donald Trump'] });
    expect(draft.paragraphs).toHaveLength(5);
  });

  it('given the seed text then the content file parses to the hand-made article, glossary aside', () => {
    const built = prepareContentFile('seed-article.txt', extractPlainText(seedText));
    if (!built.ok) throw new Error(JSON.stringify(built.problem));
    expect(built.warnings).toEqual([]);
    expect(built.value.slug).toBe(SEED_SLUG);
    const reread = parseArticle(`${SEED_SLUG}.md`, built.value.markdown);
    expect(withoutGlossary(reread)).toEqual(withoutGlossary(seedArticle()));
    expect(reread.sentences.map((sentence) => sentence.text)).toEqual(
      seedArticle().sentences.map((sentence) => sentence.text),
    );
  });

  it('given an empty content folder then importing the seed writes exactly one file that loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotebot-import-'));
    const outcome = await importArticle(SEED_TEXT_PATH, { contentDir: dir });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value).toMatchObject({ slug: SEED_SLUG, written: true, replaced: false });
    expect(readdirSync(dir)).toEqual([`${SEED_SLUG}.md`]);
    const written = parseArticle(`${SEED_SLUG}.md`, readFileSync(join(dir, `${SEED_SLUG}.md`), 'utf8'));
    expect(withoutGlossary(written)).toEqual(withoutGlossary(seedArticle()));
  });

  it('given the hand-made content file itself then a Markdown import keeps it whole, glossary included', () => {
    const source = readFileSync(join(import.meta.dirname, `../../content/${SEED_SLUG}.md`), 'utf8');
    const extracted = extractMarkdown('seed.md', source);
    if (!extracted.ok) throw new Error(JSON.stringify(extracted.problem));
    const built = prepareContentFile('seed.md', extracted.value);
    if (!built.ok) throw new Error(JSON.stringify(built.problem));
    expect(built.value.article).toEqual(seedArticle());
  });
});
