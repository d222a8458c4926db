/** A content file's name without `.md`: lower-case words of letters a to z and digits, joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs longer than this are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/** The Greek letters' names, as science writes them in words ("β-catenin" is "beta-catenin"). */
const GREEK_NAMES = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'pi',
  'rho',
  'sigma',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
] as const;
/** A Greek letter alone among other letters ("β-catenin", "TNFα", "Δ ROS"), never a word of Greek. */
const LONE_GREEK = /(?<!\p{Script=Greek})[α-ω](?!\p{Script=Greek})/gu;

/**
 * The default slug of an article: its title in lower case, without accents or apostrophes, a Greek letter alone
 * as its name ("β-catenin" → "beta-catenin"), words joined by hyphens ("Donald Trump's Own Version…" →
 * "donald-trumps-own-version-…"). Undefined when the title has no
 * letter or digit to make one from, or has letters but none of a to z (Chinese, Cyrillic): then `--slug`
 * names it.
 */
export function slugify(title: string): string | undefined {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LONE_GREEK, (letter) => ` ${GREEK_NAMES[letter.charCodeAt(0) - 0x3b1]!} `)
    .replace(/ß/g, 'ss')
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (slug === '' && words[0] !== undefined) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  // A title whose letters are none a slug can spell ("北京的春天 2023年4月1日") would be named by its digits
  // alone.
  if (/\p{L}/u.test(title) && !/[a-z]/.test(slug)) return undefined;
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/** Whether a slug given by the user can be a content file name. */
export function isSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && slug.length <= 200;
}

/**
 * The content file name to rename a file to (`PRINTER.MD`, `Jarre notes.txt` → `printer.md`, `jarre-notes.md`):
 * its name without the extension, as a slug. Undefined when no slug can be made of it.
 */
export function contentFileNameFor(fileName: string): string | undefined {
  const slug = slugify(fileName.replace(/\.[^.]*$/, ''));
  return slug === undefined ? undefined : `${slug}.md`;
}
