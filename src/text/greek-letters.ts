/**
 * Greek letters as scientists type them in plain Latin letters: "beta catenin" for "β-catenin", "delta ROS"
 * for "ΔROS", "um" or "micrometres" for "µm". The names are the Greek alphabet's (data, as an alphabet is);
 * the micro sign's units are the SI's.
 */

/** Each lower-case Greek letter's name (text is folded to lower case before it is read: "Δ" is "δ"). */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  ο: 'omicron',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
};

/**
 * The SI units the micro sign prefixes, by their folded symbol, each with its names in both spellings: "µm" is
 * a micrometre (or, folded from "µM", micromolar), "µl" a microlitre.
 */
const MICRO_UNITS: Readonly<Record<string, readonly string[]>> = {
  m: ['micrometre', 'micrometer', 'micromolar'],
  l: ['microlitre', 'microliter'],
  g: ['microgram'],
  s: ['microsecond'],
  mol: ['micromole'],
};

/** A Greek letter, of the folded text (the micro sign "µ" folds to "μ"). */
const GREEK = /[\u03b1-\u03c9]/u;
const GREEK_LETTERS = /[\u03b1-\u03c9]/gu;
const LATIN = /[a-z0-9]/u;
/** A word of Greek letters and Latin ones (or digits), as science writes: "δros", "μm", "β". */
const MIXED = /^[\u03b1-\u03c9]+[a-z0-9]*$|^[a-z0-9]+[\u03b1-\u03c9]+$/u;

/**
 * The Latin spellings of a folded word that has a Greek letter with Latin letters or alone: "β" is "beta";
 * "δros" is "deltaros", and its "delta" and "ros" each; "μm" is "mum" no more than it is "um" (the micro sign
 * typed as a "u") and its unit's names ("micrometre", "micromolar"). A word all of Greek letters ("λόγος") is
 * Greek: no spelling. Empty for any other word (the usual: one test of a word's letters).
 */
export function greekSpellings(term: string): string[] {
  if (!GREEK.test(term) || !MIXED.test(term) || (term.length > 1 && !LATIN.test(term))) return [];
  const spelled = term.replace(GREEK_LETTERS, (letter) => LETTER_NAMES[letter] ?? letter);
  if (term.startsWith('μ') && term.length > 1) {
    const unit = term.slice(1);
    return [`u${unit}`, ...(MICRO_UNITS[unit] ?? [])];
  }
  const head = /^[\u03b1-\u03c9]+/u.exec(term)?.[0];
  const rest = head === undefined ? '' : term.slice(head.length);
  const parts =
    head !== undefined && rest.length > 0
      ? [head.replace(GREEK_LETTERS, (letter) => LETTER_NAMES[letter] ?? letter), rest]
      : [];
  return [...new Set([spelled, ...parts])];
}
