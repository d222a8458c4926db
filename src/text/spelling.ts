/**
 * British ↔ American spelling rules, each written both ways: colour/color, organise/organize,
 * organisation/organization, analyse/analyze, centre/center, catalogue/catalog, defence/defense,
 * counsellor/counselor, fulfil/fulfill, paediatric/pediatric, programme/program, mould/mold,
 * judgement/judgment. They propose candidates only: a pair is kept when both spellings are words of the
 * dictionary (see scripts/build-lexicon.ts), so "four" never becomes "for".
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/^([a-z]{3,})our(s|ed|ing|able|ful|ite|less|er)?$/, '$1or$2'],
  [/^([a-z]{3,})or(s|ed|ing|able|ful|ite|less|er)?$/, '$1our$2'],
  [/^([a-z]{2,})is(e|es|ed|ing|er|ation|ations)$/, '$1iz$2'],
  [/^([a-z]{2,})iz(e|es|ed|ing|er|ation|ations)$/, '$1is$2'],
  [/^([a-z]{2,})ys(e|ed|ing|er)$/, '$1yz$2'],
  [/^([a-z]{2,})yz(e|ed|ing|er)$/, '$1ys$2'],
  [/^([a-z]{2,})tre(s?)$/, '$1ter$2'],
  [/^([a-z]{2,})ter(s?)$/, '$1tre$2'],
  [/^([a-z]{3,})ogue(s?)$/, '$1og$2'],
  [/^([a-z]{3,})og(s?)$/, '$1ogue$2'],
  [/^([a-z]{2,})ence(s?)$/, '$1ense$2'],
  [/^([a-z]{2,})ense(s?)$/, '$1ence$2'],
  [/^([a-z]*[aeiou])ll(er|ers|or|ors|ery|ing|ed)$/, '$1l$2'],
  [/^([a-z]*[aeiou])l(er|ers|or|ors|ery|ing|ed)$/, '$1ll$2'],
  [/^([a-z]{3,}[aeiou])l$/, '$1ll'],
  [/^([a-z]{3,}[aeiou])ll$/, '$1l'],
  [/^([a-z]*)ae([a-z]{3,})$/, '$1e$2'],
  [/^([a-z]*)oe([a-z]{3,})$/, '$1e$2'],
  [/^([a-z]{3,})mme(s?)$/, '$1m$2'],
  [/^([a-z]+)ould(s?)$/, '$1old$2'],
  [/^([a-z]+)dgement(s?)$/, '$1dgment$2'],
  [/^([a-z]+)dgment(s?)$/, '$1dgement$2'],
];

/** Other spellings a word may have in the other variety of English (candidates, not all real words). */
export function spellingVariants(word: string): string[] {
  const found = new Set<string>();
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) found.add(word.replace(pattern, replacement));
  }
  found.delete(word);
  return [...found];
}
