import { pathToFileURL } from 'node:url';
import { DEFAULT_SUMMARY_OPTIONS, summarize, type SummaryLength, type SummaryOptions } from '../src/index.js';
import { round } from './bench-row.js';
import { evalDir, loadEvalSet, type EvalArticle } from './summary-corpus.js';
import { leadK, randomK, textRank } from './summary-baselines.js';
import { meanScores, scoreSummary, type SummaryScores } from './summary-metrics.js';
import { summaryLatencyRows } from './summary-latency.js';
import { printTable } from './bench-row.js';
import { fitNewsWeights, withNews } from './summary-fit.js';

/** How long: one of the product's lengths, or the reference's own number of sentences. */
export type EvalLength = SummaryLength | 'reference';
export const EVAL_LENGTHS: readonly EvalLength[] = ['short', 'medium', 'long', 'reference'];
export const SYSTEMS = ['ours', 'textrank', 'lead', 'random'] as const;
export type SystemName = (typeof SYSTEMS)[number];
const RANDOM_DRAWS = 20;

/** One line of the quality table: a system at a length, averaged over the articles of a split. */
export interface QualityRow {
  readonly split: string;
  readonly length: EvalLength;
  readonly system: SystemName;
  /** Mean number of sentences per summary (the same k for every system at a length). */
  readonly k: number;
  readonly precision: number;
  readonly rouge1: number;
  readonly rouge2: number;
}

/** Our summary of an article as indices into its lines. */
export function ourLines(item: EvalArticle, length: EvalLength, options: SummaryOptions): number[] {
  const request =
    length === 'reference' ? { sentences: item.reference.size } : { length: length as SummaryLength };
  const summary = summarize(item.article, request, undefined, options);
  const byId = new Map(item.article.sentences.map((passage, i) => [passage.id, i]));
  return [...new Set(summary.sentences.map((s) => item.lineOfPassage[byId.get(s.id)!]!))];
}

/** Every system's scores on every article at one length; k is our summary's own length for each article. */
export function scoreAt(
  items: readonly EvalArticle[],
  length: EvalLength,
  options: SummaryOptions,
): Record<SystemName, SummaryScores[]> & { k: number[] } {
  const out = { ours: [], textrank: [], lead: [], random: [], k: [] } as Record<
    SystemName,
    SummaryScores[]
  > & {
    k: number[];
  };
  for (const item of items) {
    const ours = ourLines(item, length, options);
    const k = ours.length;
    out.k.push(k);
    out.ours.push(scoreSummary(item.lines, ours, item.reference));
    out.textrank.push(scoreSummary(item.lines, textRank(item.lines, k), item.reference));
    out.lead.push(scoreSummary(item.lines, leadK(item.lines, k), item.reference));
    const draws = Array.from({ length: RANDOM_DRAWS }, (_, seed) =>
      scoreSummary(item.lines, randomK(item.lines, k, seed + 1), item.reference),
    );
    out.random.push(meanScores(draws));
  }
  return out;
}

export function qualityRows(
  items: readonly EvalArticle[],
  split: string,
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): QualityRow[] {
  const rows: QualityRow[] = [];
  for (const length of EVAL_LENGTHS) {
    const scores = scoreAt(items, length, options);
    const k = scores.k.reduce((a, b) => a + b, 0) / Math.max(1, scores.k.length);
    for (const system of SYSTEMS) {
      const mean = meanScores(scores[system]);
      rows.push({
        split,
        length,
        system,
        k: round(k, 2),
        precision: round(mean.precision),
        rouge1: round(mean.rouge1),
        rouge2: round(mean.rouge2),
      });
    }
  }
  return rows;
}

/** Prints the quality rows as a table, marking where ours beats both TextRank and lead-k on P and R2. */
export function printQuality(rows: readonly QualityRow[]): void {
  const header = ['split', 'length', 'k', 'system', 'precision', 'ROUGE-1', 'ROUGE-2', 'vs TextRank & lead'];
  const lines = rows.map((row) => {
    let verdict = '';
    if (row.system === 'ours') {
      const others = rows.filter(
        (o) =>
          o.split === row.split &&
          o.length === row.length &&
          (o.system === 'textrank' || o.system === 'lead'),
      );
      const ahead = others.every((o) => row.precision > o.precision && row.rouge2 > o.rouge2);
      verdict = ahead ? 'ahead on P and R2' : 'BEHIND';
    }
    return [
      row.split,
      row.length,
      String(row.k),
      row.system,
      String(row.precision),
      String(row.rouge1),
      String(row.rouge2),
      verdict,
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = evalDir();
  const items = loadEvalSet(dir);
  const groups = [...new Set(items.map((item) => item.group))];
  // The product's weights were fitted on all of these articles (`bench/summary-fit.ts`), so the 'all' rows
  // are in-sample. Cross-validation: weights fitted on one topic, scored on the other.
  const crossValidated = groups.flatMap((group) => {
    const train = items.filter((item) => item.group !== group);
    const test = items.filter((item) => item.group === group);
    const trainedOn = [...new Set(train.map((item) => item.group))].join('+');
    return qualityRows(test, `${group} (fit on ${trainedOn})`, withNews(fitNewsWeights(train)));
  });
  const quality = [...qualityRows(items, 'all (in-sample)'), ...crossValidated];
  console.log(`summary quality on ${items.length} articles of ${dir}`);
  printQuality(quality);
  const latency = summaryLatencyRows(items);
  console.log('');
  printTable(latency);
  console.log(JSON.stringify({ node: process.version, dir, articles: items.length, quality, rows: latency }));
}
