import { parseArgs } from 'node:util';
import { attributionOf } from '../../src/content/article.js';
import type { Library } from '../../src/index.js';

/** `quotebot articles [--json]` */
export function articlesCommand(library: Library, args: string[]): string {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const articles = library.articles.map((article) => ({
    ...attributionOf(article),
    sentences: library.quotable(article).length,
  }));
  if (values.json) return JSON.stringify({ articles }, null, 2);
  return articles
    .map(
      (a) => `${a.slug}\n  ${a.title} — ${a.author}, ${a.publication}, ${a.date} (${a.sentences} sentences)`,
    )
    .join('\n');
}
