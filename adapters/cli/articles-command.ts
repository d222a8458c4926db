import { parseArgs } from 'node:util';
import { attributionOf, byline } from '../../src/content/article.js';
import type { Library } from '../../src/index.js';

/**
 * `quotebot articles [--about WORDS] [--json]`: with `--about`, the articles with a passage that `quote` finds
 * for the words (none: an empty list, or "No passage matches" without `--json`).
 */
export function articlesCommand(library: Library, args: string[]): string {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, about: { type: 'string' } } });
  const about = values.about?.trim() || undefined;
  const listed = about === undefined ? library.articles : library.articlesAbout(about).articles;
  if (about !== undefined && listed.length === 0 && !values.json) return `No passage matches “${about}”.`;
  const articles = listed.map((article) => ({
    ...attributionOf(article),
    sentences: library.quotable(article).length,
  }));
  if (values.json) return JSON.stringify({ articles }, null, 2);
  return articles
    .map((a) => `${a.slug}\n  ${a.title} — ${byline(a)}, ${a.date} (${a.sentences} sentences)`)
    .join('\n');
}
