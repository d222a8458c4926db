/**
 * Synonyms every article gets, for what the general lexicon (WordNet, see `Lexicon`) lacks: abbreviations
 * and names newer than it or written with dots. Content authors add their own per article (`glossary:`
 * in front matter). Keep this list to words whose sameness does not depend on any article.
 */
export const DEFAULT_GLOSSARY: readonly (readonly string[])[] = [
  ['covid', 'covid-19', 'coronavirus', 'sars-cov-2', 'pandemic'],
  ['u.s.', 'usa', 'united states', 'america'],
  ['u.k.', 'uk', 'united kingdom', 'britain'],
  ['eu', 'european union'],
  ['u.n.', 'united nations'],
  ['nato', 'north atlantic treaty organization'],
  ['nuke', 'nukes', 'nuclear weapon', 'nuclear weapons', 'nuclear'],
  ['icbm', 'intercontinental ballistic missile', 'long-range ballistic missile', 'long-range missile'],
  ['slbm', 'submarine-launched ballistic missile', 'submarine missile'],
  ['srbm', 'short-range ballistic missile', 'short-range missile'],
  ['dprk', 'north korea'],
  ['gdp', 'gross domestic product'],
  ['ceo', 'chief executive', 'chief executive officer'],
  ['cfo', 'chief financial officer'],
  ['imf', 'international monetary fund'],
  ['wto', 'world trade organization'],
  ['ww1', 'wwi', 'world war i'],
  ['ww2', 'wwii', 'world war ii'],
  ['q1', 'first quarter'],
  ['q2', 'second quarter'],
  ['q3', 'third quarter'],
  ['q4', 'fourth quarter'],
  ['sanctions', 'embargo'],
];
