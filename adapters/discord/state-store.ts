import { randomBytes } from 'node:crypto';
import { SHARED_TTL_MS, type SharedState } from '../shared/shared-state.js';

/**
 * A small bounded in-memory map for state that does not fit where Discord lets the bot keep it (a
 * component's custom_id, an autocomplete choice's value: 100 characters each). The least recently used
 * entries go first; a missing entry means the bot restarted or the entry aged out, and the reader says
 * "expired". Keys are short and random, so several processes never hand out the same one.
 *
 * With a `SharedState` (several processes on one database), every entry is also written there, and
 * `load` fetches one this process has not seen: a click that lands on another instance finds it. The
 * write starts when the entry is made, before the reply that carries its key is sent.
 */
export class StateStore<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    readonly capacity = 5000,
    private readonly shared?: {
      readonly state: SharedState;
      readonly namespace: string;
      /** A write that failed (the entry then reads "expired" on other instances). */
      readonly onError: (error: unknown) => void;
    },
  ) {}

  put(value: T): string {
    const key = BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36);
    this.remember(key, value);
    if (this.shared !== undefined) {
      const { state, namespace, onError } = this.shared;
      state.putEntry(`${namespace}:${key}`, JSON.stringify(value), SHARED_TTL_MS.entries).catch(onError);
    }
    return key;
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Makes `get(key)` answer from the shared state when this process does not have the entry. */
  async load(key: string): Promise<void> {
    if (this.shared === undefined || this.entries.has(key)) return;
    const { state, namespace } = this.shared;
    const stored = await state.getEntry(`${namespace}:${key}`);
    if (stored !== undefined) this.remember(key, JSON.parse(stored) as T);
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, value: T): void {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}

/** What a quote button or a picked suggestion needs to ask the bot again. */
export interface QuoteQuery {
  readonly query: string;
  readonly article: string | undefined;
  readonly author?: string | undefined;
  /** The quote "what else did he say?" picked, and whose words (`QuoteRequest.saidElse`). */
  readonly saidElse?: { readonly speaker?: string } | undefined;
}
