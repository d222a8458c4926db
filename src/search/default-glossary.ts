/**
 * Synonyms every article gets. Content authors add their own per article (`glossary:` in front matter);
 * keep this list to words whose sameness does not depend on the article.
 */
export const DEFAULT_GLOSSARY: readonly (readonly string[])[] = [
  ['covid', 'covid-19', 'coronavirus', 'pandemic', 'sars-cov-2', 'health crisis', 'epidemic', 'virus'],
  ['lockdown', 'quarantine', 'travel restrictions'],
  ['nuke', 'nukes', 'nuclear', 'atomic'],
  ['nuclear weapon', 'nuclear weapons', 'nuclear bomb', 'atomic bomb', 'warhead'],
  ['missile', 'rocket'],
  ['icbm', 'intercontinental ballistic missile', 'long-range ballistic missile', 'long-range missile'],
  ['slbm', 'submarine-launched ballistic missile', 'submarine missile'],
  ['srbm', 'short-range ballistic missile', 'short-range missile'],
  ['talks', 'negotiations', 'negotiation', 'dialogue', 'diplomacy'],
  ['war', 'military conflict', 'armed conflict', 'hostilities'],
  ['sanctions', 'embargo'],
  ['u.s.', 'usa', 'united states', 'america', 'washington'],
  ['north korea', 'dprk', 'pyongyang'],
  ['election', 'elections', 'vote', 'polls', 'ballot'],
  ['economy', 'economic'],
  ['denuclearization', 'denuclearisation', 'disarmament'],
  ['weapon', 'weapons', 'arms', 'armament'],
  ['test', 'tests', 'launch', 'launches'],
  ['leverage', 'bargaining chip'],
  ['success', 'achievement', 'win'],
  ['failure', 'failed', 'collapse'],
  ['goal', 'aim', 'objective'],
  ['threat', 'danger'],
  ['crisis', 'emergency'],
  ['through', 'thru'],
  ['relief', 'easing', 'lifting'],
  // Derived forms that stemming does not join.
  ['president', 'presidential'],
  ['diplomacy', 'diplomatic'],
  ['strategy', 'strategic'],
  ['politics', 'political'],
  ['military', 'militarily'],
  ['government', 'govt', 'administration', 'regime'],
];
