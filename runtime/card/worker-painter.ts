import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import type { CardImage, CardPainter, CardRequest } from '../../src/index.js';
import type { CardWorkerReply, CardWorkerRequest } from './card-worker.js';

export interface WorkerPainterOptions {
  /** Cards kept, by content. */
  readonly cacheEntries?: number;
  /** Bytes of PNG kept at most. */
  readonly cacheBytes?: number;
}

interface Pending {
  resolve(card: CardImage | undefined): void;
  reject(error: Error): void;
}

/**
 * Draws cards on a worker thread, so that a card's 50–100 ms of layout and rasterising never holds up the
 * event loop that answers other commands. Equal requests share one drawing: finished cards are kept in an
 * LRU cache by a hash of their content, and a card being drawn is awaited rather than drawn twice.
 */
export class WorkerCardPainter implements CardPainter {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight = new Map<string, Promise<CardImage>>();
  private readonly cache: LRUCache<string, CardImage>;

  constructor(options: WorkerPainterOptions = {}) {
    this.cache = new LRUCache<string, CardImage>({
      max: options.cacheEntries ?? 200,
      maxSize: options.cacheBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (card) => Math.max(1, card.png.byteLength),
    });
  }

  paint(request: CardRequest): Promise<CardImage> {
    const key = cardKey(request);
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    const running = this.inFlight.get(key);
    if (running) return running;
    const drawing = this.send({ id: this.nextId++, kind: 'draw', request })
      .then((card) => {
        if (!card) throw new Error('the card worker answered without a card');
        this.cache.set(key, card);
        return card;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, drawing);
    return drawing;
  }

  /** Starts the worker and loads the Latin fonts, so that the first card is not also the slowest. */
  async warm(): Promise<void> {
    await this.send({ id: this.nextId++, kind: 'warm' });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private send(message: CardWorkerRequest): Promise<CardImage | undefined> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      worker.ref();
      worker.postMessage(message);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const source = import.meta.url.endsWith('.ts');
    const entry = new URL(`./card-worker.${source ? 'ts' : 'js'}`, import.meta.url);
    // From sources (tests, benchmarks) the worker first registers tsx, the loader its parent runs under.
    const worker = source
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`,
          { eval: true },
        )
      : new Worker(entry);
    worker.on('message', (reply: CardWorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      // An idle worker does not keep the process alive.
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.ok)
        waiting.resolve(reply.card ? { ...reply.card, png: new Uint8Array(reply.card.png) } : undefined);
      else waiting.reject(new Error(`card drawing failed: ${reply.message}`));
    });
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the card worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/**
 * The cache key of a card: a hash of everything it shows, and of the marks its alt text puts around the
 * quote.
 */
export function cardKey(request: CardRequest): string {
  const { text, highlights, marks, attribution, theme } = request;
  const canonical = JSON.stringify([
    text,
    highlights,
    marks ?? null,
    attribution.author,
    attribution.title,
    attribution.publication,
    attribution.date,
    theme,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}
