type Typed = Uint32Array | Uint16Array;

/** An append-only typed array that doubles its capacity: compact storage while an index is built. */
export class GrowableArray<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: (capacity: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  /** A copy trimmed to the length written. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export const growUint32 = (): GrowableArray<Uint32Array> => new GrowableArray((n) => new Uint32Array(n));
export const growUint16 = (): GrowableArray<Uint16Array> => new GrowableArray((n) => new Uint16Array(n));
