import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Library, parseArticle, type CardRequest } from '../src/index.js';
import type { WorkerCardPainter } from '../runtime/card/worker-painter.js';
import { percentile, round, type BenchRow } from './bench-row.js';

const ROOT = join(import.meta.dirname, '..');
const COLD_ROUNDS = 3;
const WARM_QUOTES = 40;

/** The compiled painter (npm run bench builds first), as a running bot loads it; the sources otherwise. */
async function painterClass(): Promise<typeof WorkerCardPainter> {
  const built = join(ROOT, 'dist/runtime/card/worker-painter.js');
  const path = existsSync(built) ? built : join(ROOT, 'runtime/card/worker-painter.ts');
  const loaded = (await import(pathToFileURL(path).href)) as { WorkerCardPainter: typeof WorkerCardPainter };
  return loaded.WorkerCardPainter;
}

function seedLibrary(): Library {
  const file = join(ROOT, 'content/donald-trumps-own-version-of-muddling-through-on-north-korea.md');
  return Library.create([parseArticle('seed.md', readFileSync(file, 'utf8'))]);
}

/** Distinct cards: seed sentences, each with its longest word highlighted, so the cache never answers. */
function distinctRequests(library: Library): CardRequest[] {
  const article = library.articles[0]!;
  const attribution = { ...article.meta };
  return article.sentences.slice(0, WARM_QUOTES).map((passage) => {
    const word = [...passage.text.matchAll(/\p{L}+/gu)].reduce((a, b) => (b[0].length > a[0].length ? b : a));
    return {
      text: passage.text,
      highlights: [[word.index, word.index + word[0].length]],
      attribution: {
        author: attribution.author,
        title: attribution.title,
        publication: attribution.publication,
        date: attribution.date,
      },
      theme: 'light',
    };
  });
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** A worker thread that loads nothing and answers one message: the floor under any first card. */
async function bareWorkerRoundTrip(): Promise<number> {
  const start = process.hrtime.bigint();
  const worker = new Worker(
    "require('node:worker_threads').parentPort.once('message', (m) => require('node:worker_threads').parentPort.postMessage(m))",
    { eval: true },
  );
  worker.postMessage(1);
  await new Promise((resolve) => worker.once('message', resolve));
  const took = ms(start);
  await worker.terminate();
  return took;
}

/** The engines alone: satori wraps the plain sentence in one font, resvg rasterises it, on this thread. */
async function bareEngineCard(text: string, data: Buffer): Promise<number> {
  const start = process.hrtime.bigint();
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', width: 1200, height: 630, padding: 88, fontSize: 48, fontFamily: 'serif' },
        children: text,
      },
    } as never,
    { width: 1200, height: 630, fonts: [{ name: 'serif', data, weight: 400, style: 'normal' }] },
  );
  new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return ms(start);
}

/** Answers to quote searches every 10 ms on this thread, timed from when each was due. */
async function quoteLatencies(library: Library, words: readonly string[], count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const due = process.hrtime.bigint() + 10_000_000n;
    await new Promise((resolve) => setTimeout(resolve, 10));
    library.search({ query: words[i % words.length]! });
    latencies.push(Number(process.hrtime.bigint() - due) / 1e6);
  }
  return latencies;
}

export async function benchCard(): Promise<BenchRow[]> {
  const Painter = await painterClass();
  const library = seedLibrary();
  const requests = distinctRequests(library);
  const serif = readFileSync(
    createRequire(import.meta.url).resolve('@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff'),
  );

  const cold: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < COLD_ROUNDS; i++) {
    bare.push(await bareWorkerRoundTrip());
    const painter = new Painter();
    const start = process.hrtime.bigint();
    await painter.paint(requests[i]!);
    cold.push(ms(start));
    await painter.close();
  }

  const painter = new Painter();
  await painter.warm();
  const warm: number[] = [];
  for (const request of requests) {
    const start = process.hrtime.bigint();
    await painter.paint({ ...request, theme: 'dark' });
    warm.push(ms(start));
  }
  const engine: number[] = [];
  await bareEngineCard('warm-up', serif);
  for (const request of requests) engine.push(await bareEngineCard(request.text, serif));

  // A /quote answered on the main thread while cards render on the worker, against none rendering.
  const words = ['election', 'sanctions', 'missile', 'negotiations', 'Kim'];
  const quiet = await quoteLatencies(library, words, 100);
  let drawing = true;
  const background = (async () => {
    for (let i = 0; drawing; i++)
      await painter.paint({
        ...requests[i % requests.length]!,
        theme: 'light',
        text: `${i} ${requests[i % requests.length]!.text}`,
      });
  })();
  const busy = await quoteLatencies(library, words, 100);
  drawing = false;
  await background;
  await painter.close();

  const p50 = (samples: number[]) => round(percentile(samples, 50), 1);
  const p99 = (samples: number[]) => round(percentile(samples, 99), 1);
  return [
    {
      name: `card: first card from a new worker (${COLD_ROUNDS} rounds)`,
      p50Ms: p50(cold),
      p99Ms: round(Math.max(...cold), 1),
      baseline: { name: 'bare worker round trip', p50Ms: p50(bare), ratio: round(p50(cold) / p50(bare), 1) },
      target: 'first card ≤ 1000 ms',
      ok: Math.max(...cold) <= 1000,
    },
    {
      name: `card: warm, ${requests.length} distinct quotes`,
      p50Ms: p50(warm),
      p99Ms: p99(warm),
      baseline: {
        name: 'satori+resvg, plain text, 1 font',
        p50Ms: p50(engine),
        ratio: round(p50(warm) / p50(engine), 2),
      },
      target: 'p50 ≤ 100 ms',
      ok: p50(warm) <= 100,
    },
    {
      name: 'card: /quote search while cards render (lag from due)',
      p50Ms: p50(busy),
      p99Ms: p99(busy),
      baseline: {
        name: 'no cards rendering',
        p50Ms: p50(quiet),
        ratio: round(p50(busy) / Math.max(p50(quiet), 0.1), 2),
      },
      target: 'p99 ≤ 2× no-card p99 + 5 ms',
      ok: p99(busy) <= 2 * p99(quiet) + 5,
      extra: { quietP99Ms: p99(quiet) },
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchCard(), null, 2));
}
