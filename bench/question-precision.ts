/**
 * How often made-up questions get an answer: "how much did <word> <word>?", "who <word> the <word>?"…,
 * each word a content word of a DIFFERENT BBC development article (seeded, so every run asks the same), so
 * no sentence answers them. Counted for this checkout and, with `--base DIR`, another one in the same run.
 *
 * With `--repeats R`, also the time of the whole stream per checkout: R rounds, a fresh library each (no memo
 * has seen the questions), the checkouts' order alternating; the median round is printed.
 *
 *   npx tsx bench/question-precision.ts [--base DIR] [--count 300] [--seed 12] [--show 10] [--repeats 0]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Library as LibraryType } from '../src/index.js';
import type * as Core from '../src/index.js';
import type * as Runtime from '../runtime/lexicon.js';
import { seededRandom } from '../src/daily/prng.js';
import { contentWordsOf, loadBbcArticles } from './bbc-corpus.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    count: { type: 'string', default: '300' },
    seed: { type: 'string', default: '12' },
    show: { type: 'string', default: '10' },
    repeats: { type: 'string', default: '0' },
  },
});

const TEMPLATES = [
  'how much did {a} {b}?',
  'how many {a} {b}?',
  'how big is the {a} {b}?',
  'who {a} the {b}?',
  'who is the {a} of {b}?',
  'when did the {a} {b}?',
  'when will {a} {b}?',
  'where is the {a} {b}?',
  'why did the {a} {b}?',
  'what did the {a} say about {b}?',
];

const articles = loadBbcArticles();
const wordsOf = contentWordsOf(articles);
const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const questions: string[] = [];
while (questions.length < Number(values.count)) {
  const a = Math.floor(random() * articles.length);
  let b = Math.floor(random() * articles.length);
  if (b === a) b = (b + 1) % articles.length;
  const [wa, wb] = [pick(wordsOf[a]!), pick(wordsOf[b]!)];
  // Words of the other article too would make a real question of it.
  if (wordsOf[a]!.includes(wb) || wordsOf[b]!.includes(wa)) continue;
  questions.push(pick(TEMPLATES).replace('{a}', wa).replace('{b}', wb));
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function libraryOf(root: string): Promise<LibraryType> {
  const { Library } = (await import(resolve(root, 'src/index.ts'))) as typeof Core;
  const { loadLexicon } = (await import(resolve(root, 'runtime/lexicon.ts'))) as typeof Runtime;
  return Library.create(articles, { lexicon: loadLexicon() });
}

const checkouts = [{ name: 'this', root: resolve(import.meta.dirname, '..') }];
if (values.base) checkouts.unshift({ name: 'base', root: resolve(values.base) });
for (const { name, root } of checkouts) {
  const library = await libraryOf(root);
  const answered = questions
    .map((query) => ({ query, hits: library.search({ query, limit: 1 }).hits }))
    .filter((item) => item.hits.length > 0);
  console.log(`${name} (${root}): ${answered.length} of ${questions.length} made-up questions answered`);
  for (const { query, hits } of answered.slice(0, Number(values.show)))
    console.log(`  ${query}  →  ${hits[0]!.passage.text.slice(0, 100)}`);
}

const repeats = Number(values.repeats);
if (repeats > 0) {
  const rounds: number[][] = checkouts.map(() => []);
  for (let r = 0; r < repeats; r++) {
    for (let c = 0; c < checkouts.length; c++) {
      const k = (c + r) % checkouts.length;
      const library = await libraryOf(checkouts[k]!.root);
      library.search({ query: 'warm up the index' });
      const start = performance.now();
      for (const query of questions) library.search({ query, limit: 5 });
      rounds[k]!.push((performance.now() - start) / questions.length);
    }
  }
  checkouts.forEach(({ name }, k) =>
    console.log(
      `${name}: ${median(rounds[k]!).toFixed(3)} ms a question (median of ${repeats} rounds), best round ${Math.min(...rounds[k]!).toFixed(3)}`,
    ),
  );
}
