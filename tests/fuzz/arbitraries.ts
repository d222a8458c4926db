import fc from 'fast-check';
import { BOT_VOCABULARY } from './vocabulary.js';

/** FUZZ_SCALE, the factor `npm run fuzz` (20) runs every property by: 1 unless a positive number. */
function fuzzScale(): number {
  const scale = Number(process.env['FUZZ_SCALE'] ?? '1');
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/**
 * How many cases each property runs: the bounded count in `npm test`, times FUZZ_SCALE (`npm run fuzz`
 * sets 20). The counts in `npm test` add up to more than 10,000 across tests/fuzz.
 */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * fuzzScale()));
}

/**
 * How long a property may take: its limit in `npm test`, times FUZZ_SCALE, as its count of cases is (see
 * `runs`). A fixed limit made `npm run fuzz` fail three core properties that ran 20 times as many cases in
 * 430 to 1,080 s against 120 s, finding nothing.
 */
export function timeLimit(ms: number): number {
  return Math.round(ms * fuzzScale());
}

/** Strings that have broken chat bots: mentions, markup, control and direction marks, odd Unicode. */
const NASTY = [
  '',
  ' ',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123>',
  '<@U0123ABCD>',
  '<#C0123ABCD>',
  '*bold* _it_ ~s~ `code` ```block```',
  '**x** __y__ ||spoiler|| > quote',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'e\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '\uD800',
  '\uDFFF',
  '\u0000\u0001\u001F\u007F',
  'ﬁ ß İ ı Σ ς',
  'article:',
  'article:"unclosed',
  'private:maybe',
  'length:long length:short',
  'page:-1',
  'page:1e309',
  'page:NaN',
  'time:25:61 timezone:Mars/Olympus',
  'constructor __proto__ toString',
  '%00%ff%',
  '&amp;&lt;&gt;',
  'javascript:alert(1)',
  'https://example.com/<script>',
] as const;

/** Text as a user could type it: any Unicode, the nasty strings, words, and now and then a huge one. */
export const userText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(...NASTY),
          fc.constantFrom('election', 'trump', 'korea', 'the', 'a', 'quote', 'summary', 'tldr', 'summarize'),
          // The words the bot reads a message by, each list as likely as another (see vocabulary.ts).
          fc.oneof(...Object.values(BOT_VOCABULARY).map((words) => fc.constantFrom(...words))),
          fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
        ),
        { maxLength: 8 },
      )
      .map((words) => words.join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 2000, maxLength: 20_000 }) },
);

/** A value where an option's value should be: the right type or any other. */
export const optionValue: fc.Arbitrary<unknown> = fc.oneof(
  userText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** Any JSON value, nested a little. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Slack markup that would notify someone (plain "@here" does not: the bot never sets `link_names`). */
export const SLACK_PING = /<!(?:channel|here|everyone|subteam)|<@[UW]/;

/** Applies mutations to a copy of a payload: fields removed, set to any JSON value, or added. */
export const mutations = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: fc.oneof(jsonValue, optionValue) }),
    fc.record({ op: fc.constant('add' as const), key: fc.string({ maxLength: 12 }), value: jsonValue }),
  ),
  { minLength: 1, maxLength: 4 },
);

export type Mutation = typeof mutations extends fc.Arbitrary<(infer M)[]> ? M : never;

/** The payload with the mutations applied, one level deep at a random key (nested objects included). */
export function mutate(
  payload: Record<string, unknown>,
  applied: readonly Mutation[],
): Record<string, unknown> {
  const copy = structuredClone(payload);
  for (const mutation of applied) {
    const target = pickObject(copy, mutation.op === 'add' ? 0 : mutation.pick);
    const keys = Object.keys(target);
    if (mutation.op === 'add') target[mutation.key] = mutation.value;
    else if (keys.length === 0) continue;
    else if (mutation.op === 'delete') delete target[keys[mutation.pick % keys.length]!];
    else target[keys[mutation.pick % keys.length]!] = mutation.value;
  }
  return copy;
}

/** The payload itself or one of its nested objects, chosen by `pick`. */
function pickObject(payload: Record<string, unknown>, pick: number): Record<string, unknown> {
  const nested = Object.values(payload).filter(
    (value): value is Record<string, unknown> =>
      typeof value === 'object' && value !== null && !Array.isArray(value),
  );
  return pick % 3 === 0 || nested.length === 0 ? payload : nested[pick % nested.length]!;
}
