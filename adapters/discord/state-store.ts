/**
 * A small bounded in-memory map for state that does not fit where Discord lets the bot keep it (a
 * component's custom_id, an autocomplete choice's value: 100 characters each). The least recently used
 * entries go first; a missing entry means the bot restarted or the entry aged out, and the reader says
 * "expired". Keys are short (base 36 counter).
 */
export class StateStore<T> {
  private readonly entries = new Map<string, T>();
  private next = 0;

  constructor(readonly capacity = 5000) {}

  put(value: T): string {
    const key = (this.next++).toString(36);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
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

  get size(): number {
    return this.entries.size;
  }
}

/** What a quote button or a picked suggestion needs to ask the bot again. */
export interface QuoteQuery {
  readonly query: string;
  readonly article: string | undefined;
}
