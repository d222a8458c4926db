import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/index.js';
import { STARTUP_LIBRARIES } from './scale-startup.js';
import { loadSotuArticles } from './sotu-corpus.js';

/** Writes the 10k start-up library of `bench:scale` as content files into each folder given. */
function markdownOf(article: Article): string {
  const { meta } = article;
  return [
    '---',
    `title: ${JSON.stringify(meta.title)}`,
    `author: ${JSON.stringify(meta.author)}`,
    `publication: ${JSON.stringify(meta.publication)}`,
    `date: ${meta.date}`,
    `tags: ${JSON.stringify(meta.tags)}`,
    '---',
    '',
    article.body,
    '',
  ].join('\n');
}
const articles = STARTUP_LIBRARIES['10k'].build(loadSotuArticles());
for (const dir of process.argv.slice(2)) {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) writeFileSync(join(dir, `${article.slug}.md`), markdownOf(article));
}
