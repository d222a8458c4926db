import { parseDate } from './dates.js';
import { cleanLine, definedFields, type ArticleDraft } from './draft.js';
import { normaliseNames } from './bylines.js';

type DraftText = Exclude<keyof ArticleDraft, 'tags' | 'paragraphs' | 'glossary'>;

/** Front matter keys of this project and of common site generators (Jekyll, Hugo, Astro, …), by field. */
const KEYS: Readonly<Record<DraftText | 'tags' | 'glossary', readonly string[]>> = {
  title: ['title', 'headline'],
  author: ['author', 'authors', 'byline', 'creator'],
  authorBio: ['author_bio', 'authorBio', 'bio'],
  publication: ['publication', 'publisher', 'site', 'site_name', 'siteName', 'source'],
  section: ['section', 'category', 'categories'],
  date: ['date', 'published', 'pubDate', 'publishDate', 'published_at', 'publishedAt', 'datePublished'],
  url: ['url', 'canonical', 'canonical_url', 'canonicalURL', 'link', 'source_url', 'original_url'],
  topic: ['topic'],
  region: ['region'],
  deck: ['deck', 'description', 'subtitle', 'summary', 'excerpt', 'standfirst', 'dek', 'lede'],
  imageCredit: ['image_credit', 'imageCredit', 'photo_credit', 'credit'],
  tags: ['tags', 'keywords'],
  glossary: ['glossary'],
};
// Keys site generators use that say nothing a content file keeps: not worth a warning.
const QUIET = new Set([
  'layout',
  'draft',
  'slug',
  'id',
  'lang',
  'permalink',
  'type',
  'weight',
  'image',
  'cover',
]);

/** A name from a string, a list of names, or `{ name }` objects. */
function namesOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((item) => (typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return names.length > 0 ? normaliseNames(names.join(', ')) : undefined;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return cleanLine(String(value)) || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof (value as { name?: unknown } | null)?.name === 'string'
    ? textOf((value as { name: string }).name)
    : undefined;
}

function listOf(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return items.map(textOf).filter((item): item is string => item !== undefined);
}

function glossaryOf(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(Array.isArray)
    .map(listOf)
    .filter((entry) => entry.length >= 2);
}

/** `tags` and then those of `more` they lack, in any letter case. */
function mergeTags(tags: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(tags.map((tag) => tag.toLowerCase()));
  return [...tags, ...more.filter((tag) => !seen.has(tag.toLowerCase()))];
}

/**
 * Maps front matter of any origin onto draft fields: this project's snake_case keys, and the usual
 * synonyms of site generators (`description` → deck, `categories` → section and, when several, tags too,
 * `authors: [{ name }]`, …).
 * Returns the keys it had no place for, so the user can be told.
 */
export function draftFieldsOf(data: unknown): {
  fields: Partial<ArticleDraft>;
  ignored: string[];
  invalid: string[];
} {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { fields: {}, ignored: [], invalid: [] };
  const record = data as Record<string, unknown>;
  const used = new Set<string>();
  const pick = (field: keyof typeof KEYS): unknown => {
    const key = KEYS[field].find(
      (candidate) => record[candidate] !== undefined && record[candidate] !== null,
    );
    if (key !== undefined) used.add(key);
    return key === undefined ? undefined : record[key];
  };
  const text = (field: DraftText): string | undefined => textOf(pick(field));
  const rawDate = pick('date');
  const date =
    rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : parseDate(textOf(rawDate) ?? '');
  const fields: Partial<ArticleDraft> = {
    ...definedFields({
      title: text('title'),
      author: namesOf(pick('author')),
      authorBio: text('authorBio'),
      publication: text('publication'),
      section: text('section'),
      date,
      url: text('url'),
      topic: text('topic'),
      region: text('region'),
      deck: text('deck'),
      imageCredit: text('imageCredit'),
      glossary: glossaryOf(pick('glossary')),
    }),
  };
  // A content file has one section, which takes the first category: the others of a list
  // (`categories: [Gardening, Cities]`) would be lost, so a list of several is kept whole among the tags.
  const categories = listOf(record['categories']);
  if (categories.length > 1) used.add('categories');
  const tags = mergeTags(listOf(pick('tags')), categories.length > 1 ? categories : []);
  const withTags = tags.length > 0 ? { ...fields, tags } : fields;
  const ignored = Object.keys(record).filter((key) => !used.has(key) && !QUIET.has(key));
  return { fields: withTags, ignored, invalid: rawDate !== undefined && date === undefined ? ['date'] : [] };
}
