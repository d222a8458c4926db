import { parseArgs } from 'node:util';
import { attributionOf, byline } from '../../src/content/article.js';
import { SearchStatus, type Library } from '../../src/index.js';
import { en, plural } from '../shared/wording.js';
import { TERMINAL_WORDING } from '../terminal/terminal-style.js';

/**
 * `quotebot articles [--about WORDS] [--json]`: with `--about`, the articles with a passage that `quote`
 * finds for the words (none: an empty list, or "No article has a passage about…" without `--json`, as the
 * chat says). Words too long to search are said so, as `quote` says it (its `status` with `--json`): "no
 * article" would be false of them.
 */
export function articlesCommand(library: Library, args: string[]): string {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, about: { type: 'string' } } });
  const about = values.about?.trim() || undefined;
  let listed = library.articles;
  if (about !== undefined) {
    const found = library.articlesAbout(about);
    if (found.result.status === SearchStatus.QueryTooLong)
      return values.json
        ? JSON.stringify({ status: found.result.status, articles: [] }, null, 2)
        : en.queryTooLong(library.options.maxQueryLength);
    if (found.articles.length === 0 && !values.json)
      return en.noArticleAbout(TERMINAL_WORDING, about, found.result.suggestions);
    listed = found.articles;
  }
  const articles = listed.map((article) => ({
    ...attributionOf(article),
    sentences: library.quotable(article).length,
  }));
  if (values.json) return JSON.stringify({ articles }, null, 2);
  return articles
    .map((a) => `${a.slug}\n  ${a.title} — ${byline(a)}, ${a.date} (${plural(a.sentences, 'sentence')})`)
    .join('\n');
}
