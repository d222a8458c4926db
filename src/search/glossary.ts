import { tokenize } from '../text/tokenize.js';

/** A glossary entry as sequences of stems: each member is one word or a phrase. */
export type SynonymGroup = readonly (readonly string[])[];

function stemsOf(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => !token.alias)
    .map((token) => token.stem);
}

/**
 * Synonyms and acronyms, matched on stems so that inflections of a member count too. Members are keyed by
 * their first stem for a quick longest-match scan over a query.
 */
export class Glossary {
  private readonly byFirstStem = new Map<string, { member: readonly string[]; group: SynonymGroup }[]>();

  constructor(entries: readonly (readonly string[])[]) {
    for (const entry of entries) {
      const group = entry.map(stemsOf).filter((member) => member.length > 0);
      for (const member of group) {
        const [first] = member;
        if (first === undefined) continue;
        const list = this.byFirstStem.get(first) ?? [];
        list.push({ member, group });
        this.byFirstStem.set(first, list);
      }
    }
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.member.length - a.member.length);
  }

  /**
   * The longest glossary member that starts at `stems[at]`, with every other member of its groups.
   * Returns undefined when no member starts there.
   */
  matchAt(
    stems: readonly string[],
    at: number,
  ): { length: number; synonyms: (readonly string[])[] } | undefined {
    const candidates = this.byFirstStem.get(stems[at] ?? '');
    if (!candidates) return undefined;
    let length = 0;
    const synonyms: (readonly string[])[] = [];
    for (const { member, group } of candidates) {
      if (member.length < length) break;
      if (!member.every((stem, i) => stems[at + i] === stem)) continue;
      length = member.length;
      for (const other of group) if (!sameStems(other, member)) synonyms.push(other);
    }
    return length === 0 ? undefined : { length, synonyms: dedupe(synonyms) };
  }
}

function sameStems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((stem, i) => stem === b[i]);
}

function dedupe(members: (readonly string[])[]): (readonly string[])[] {
  const seen = new Set<string>();
  return members.filter((member) => {
    const key = member.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
