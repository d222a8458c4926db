import { pathToFileURL } from 'node:url';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from '../src/index.js';
import { NEWS_FEATURES, type NewsFeatures } from '../src/summary/news-features.js';
import { scoreSentences } from '../src/summary/sentence-scores.js';
import { round } from './bench-row.js';
import { evalDir, loadEvalSet, type EvalArticle } from './summary-corpus.js';

/** One sentence of a training article: its features and whether the person chose it. */
interface Example {
  readonly x: readonly number[];
  readonly y: number;
}

function examplesOf(items: readonly EvalArticle[]): Example[] {
  return items.flatMap((item) => {
    const scored = scoreSentences(item.article, DEFAULT_SUMMARY_OPTIONS);
    const index = new Map(item.article.sentences.map((passage, i) => [passage.id, i]));
    return scored.sentences.map((sentence) => ({
      x: NEWS_FEATURES.map((feature) => sentence.news?.[feature] ?? 0),
      y: item.reference.has(item.lineOfPassage[index.get(sentence.passage.id)!]!) ? 1 : 0,
    }));
  });
}

/**
 * Logistic regression of "the person chose this sentence" on the news features: batch gradient descent
 * on the mean log loss with a small L2 penalty (0.01) that keeps weights of rare features near zero,
 * 3,000 steps of rate 0.5 from all-zero weights. Deterministic; no split of the training data is tuned.
 */
export function fitNewsWeights(items: readonly EvalArticle[]): NewsFeatures {
  const examples = examplesOf(items);
  const d = NEWS_FEATURES.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < 3000; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    for (const { x, y } of examples) {
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const error = 1 / (1 + Math.exp(-z)) - y;
      for (let j = 0; j < d; j++) grad[j]! += error * x[j]!;
      grad[d]! += error;
    }
    for (let j = 0; j <= d; j++) {
      const penalty = j < d ? 0.01 * w[j]! : 0;
      w[j]! -= 0.5 * (grad[j]! / examples.length + penalty);
    }
  }
  return Object.fromEntries(NEWS_FEATURES.map((feature, j) => [feature, round(w[j]!, 2)])) as NewsFeatures;
}

export function withNews(news: NewsFeatures): SummaryOptions {
  return { ...DEFAULT_SUMMARY_OPTIONS, news };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const items = loadEvalSet(evalDir());
  const groups = [...new Set(items.map((item) => item.group))];
  for (const group of groups) {
    console.log(`fit on ${group}:`, JSON.stringify(fitNewsWeights(items.filter((i) => i.group === group))));
  }
  console.log('fit on all (the product weights):', JSON.stringify(fitNewsWeights(items)));
}
