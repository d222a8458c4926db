/**
 * Name → id for a vocabulary numbered 0…n-1 (an index's terms or stems). After an update that keeps the ids
 * of the first `kept` names, the previous map is shared for them and only the others are mapped anew, so
 * that a small edit costs a small map, not the whole vocabulary's. Never mutated once made.
 */
export class NameIds {
  private constructor(
    /** Shared with earlier versions: only its ids below `limit` hold here. */
    private readonly base: ReadonlyMap<string, number>,
    private readonly limit: number,
    /** Every name whose id is `limit` or more. */
    private readonly rest: ReadonlyMap<string, number>,
  ) {}

  static of(names: readonly string[]): NameIds {
    const ids = new Map<string, number>();
    for (let id = 0; id < names.length; id++) ids.set(names[id]!, id);
    return new NameIds(ids, names.length, new Map());
  }

  /** The ids of `names`, whose first `kept` names have the same ids in `previous`. */
  static after(previous: NameIds, names: readonly string[], kept: number): NameIds {
    // Past a quarter of the vocabulary mapped anew, one whole map again costs less to read.
    if ((names.length - kept + previous.rest.size) * 4 > names.length) return NameIds.of(names);
    const limit = Math.min(previous.limit, kept);
    const rest = new Map<string, number>();
    for (const [name, id] of previous.rest) if (id < kept) rest.set(name, id);
    for (let id = kept; id < names.length; id++) rest.set(names[id]!, id);
    return new NameIds(previous.base, limit, rest);
  }

  get(name: string): number | undefined {
    const id = this.rest.get(name);
    if (id !== undefined) return id;
    const old = this.base.get(name);
    return old !== undefined && old < this.limit ? old : undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}
