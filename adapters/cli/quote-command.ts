import { parseArgs } from 'node:util';
import type { Library } from '../../src/index.js';
import { renderForTerminal, type TerminalStyle } from '../terminal/render.js';
import { searchResultJson } from './json-shapes.js';
import { UsageError } from './usage.js';

/** `quotebot quote <words> [--limit N] [--article SLUG] [--json]` */
export function quoteCommand(library: Library, args: string[], style: TerminalStyle): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      limit: { type: 'string', short: 'n' },
      article: { type: 'string', short: 'a' },
      json: { type: 'boolean' },
    },
  });
  const query = positionals.join(' ');
  if (query.trim().length === 0)
    throw new UsageError('quote needs words to look for, e.g. quotebot quote election');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) {
    throw new UsageError('--limit must be a whole number from 1 to 100');
  }
  const result = library.search({ query, slug: values.article, limit });
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
