import { parseArgs } from 'node:util';
import type { Library } from '../../src/index.js';
import { renderForTerminal, type TerminalStyle } from '../terminal/render.js';
import { searchResultJson } from './json-shapes.js';
import { UsageError } from './usage.js';

/**
 * `quotebot quote [words] [--author NAME] [--limit N] [--article SLUG] [--json]`: no words give a random
 * quote (of that author or article, if given). `random` is the source of the pick (Math.random by default).
 */
export function quoteCommand(
  library: Library,
  args: string[],
  style: TerminalStyle,
  random: () => number = Math.random,
): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      limit: { type: 'string', short: 'n' },
      article: { type: 'string', short: 'a' },
      author: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const query = positionals.join(' ');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
    throw new UsageError('--limit must be a whole number from 1 to 100');
  }
  if (query.trim().length === 0) return randomQuote(library, values, style, random());
  const result = library.search({ query, slug: values.article, author: values.author, limit });
  if (values.json) return JSON.stringify(searchResultJson(result), null, 2);
  if (result.hits.length === 0) {
    const reply =
      result.status === 'unknown-article'
        ? ({
            kind: 'unknown-article',
            article: values.article ?? '',
            suggestions: result.suggestions,
          } as const)
        : result.status === 'no-match'
          ? ({ kind: 'no-match', query, suggestions: result.suggestions } as const)
          : ({
              kind: 'invalid-query',
              reason: result.status === 'query-too-long' ? 'too-long' : 'empty',
              maxLength: library.options.maxQueryLength,
            } as const);
    return renderForTerminal(reply, style);
  }
  return result.hits
    .map((hit, position) =>
      renderForTerminal(
        { kind: 'quote', query, hit, position, total: 1, article: values.article, withContext: false },
        style,
      ),
    )
    .join('\n\n');
}

function randomQuote(
  library: Library,
  values: { article?: string | undefined; author?: string | undefined; json?: boolean | undefined },
  style: TerminalStyle,
  pick: number,
): string {
  const hit = library.randomQuote(pick, { slug: values.article, author: values.author });
  const result = {
    query: '',
    status: hit ? ('ok' as const) : ('no-match' as const),
    hits: hit ? [hit] : [],
    suggestions: [],
  };
  if (values.json) return JSON.stringify(searchResultJson(result), null, 2);
  if (!hit) {
    const who = values.author === undefined ? '' : ` by "${values.author}"`;
    throw new UsageError(
      `no quote${who} in the library${values.article ? ` (article ${values.article})` : ''}`,
    );
  }
  return renderForTerminal(
    { kind: 'quote', query: '', hit, position: 0, total: 1, article: values.article, withContext: false },
    style,
  );
}
