import fc from 'fast-check';

/**
 * How many cases each property runs: the bounded count in `npm test`, times FUZZ_SCALE (`npm run fuzz`
 * sets 20). The counts in `npm test` add up to more than 10,000 across tests/fuzz.
 */
export function runs(base: number): number {
  const scale = Number(process.env['FUZZ_SCALE'] ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
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

/** Mentions that would notify someone, in either platform's syntax. */
export const PING = /<!(?:channel|here|everyone|subteam)|<@[UW]?[0-9A-Z]|(?<![\\`])@(?:everyone|here)\b/;
