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
   * The longest glossary member that starts at `stems[at]`, with every other member of its groups; or,
   * failing one, a member the query says with words of its middle left out ("intercontinental missile" for
   * "intercontinental ballistic missile"), with every member of its groups. Returns undefined when no
   * member starts there.
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
    if (length > 0) return { length, synonyms: dedupe(synonyms) };
    for (const { member, group } of candidates) {
      const shortened = shortenedLength(member, stems, at);
      if (shortened <= length) continue;
      length = shortened;
      synonyms.length = 0;
      synonyms.push(...group);
    }
    return length === 0 ? undefined : { length, synonyms: dedupe(synonyms) };
  }
}

/**
 * How many words from `stems[at]` say `member` with some of its middle words left out, its first and last
 * kept, two words at least (0 when they do not): "intercontinental missile" is 2 for "intercontinental
 * ballistic missile".
 */
function shortenedLength(member: readonly string[], stems: readonly string[], at: number): number {
  if (member.length < 3) return 0;
  let next = 1;
  for (let k = 1; at + k < stems.length && k < member.length - 1; k++) {
    while (next < member.length - 1 && member[next] !== stems[at + k]) next += 1;
    if (stems[at + k] === member.at(-1)) return k + 1;
    if (next >= member.length - 1) return 0;
    next += 1;
  }
  return 0;
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
