import { bylineOf, normaliseNames } from './bylines.js';
import { parseDate } from './dates.js';
import { all, type DomDocument } from './dom.js';
import { cleanLine } from './draft.js';
import { linkedArticle } from './json-ld.js';

/** What a page's `<head>` and markup say about its article, before any body text is read. */
export interface PageMetadata {
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
  readonly publication?: string;
  readonly section?: string;
  readonly tags: readonly string[];
  /** The page's description (often the first paragraph, sometimes the deck). */
  readonly description?: string;
  /** A standfirst element the page marks as such (`.deck`, `.standfirst`, …). */
  readonly deck?: string;
  readonly url?: string;
  readonly imageCredit?: string;
}

const DECK_SELECTOR = [
  '[itemprop="alternativeHeadline"]',
  '.deck',
  '.dek',
  '.standfirst',
  '.subtitle',
  '.sub-title',
  '.subheadline',
  '.sub-headline',
  '.article-subtitle',
  '.article__dek',
  '.article-dek',
  '.entry-subtitle',
].join(', ');

/** Meta tag contents by lower-cased `property`, `name` or `itemprop`, in page order. */
function metaTags(document: DomDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of all(document, 'meta')) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop')
    )?.toLowerCase();
    const content = cleanLine(meta.getAttribute('content') ?? meta.getAttribute('datetime') ?? '');
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

const isAddress = (value: string): boolean => /^(?:https?:)?\/\//i.test(value);

/** An absolute http(s) address, resolved against the page's own; undefined for anything else. */
export function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the metadata of a page: Open Graph and `article:` tags, JSON-LD, plain meta tags, then markup. */
export function pageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const meta = metaTags(document);
  const first = (...keys: string[]): string | undefined =>
    keys.map((key) => meta.get(key)?.[0]).find(Boolean);
  const linked = linkedArticle(document);
  const textOf = (selector: string): string | undefined =>
    cleanLine(document.querySelector(selector)?.textContent ?? '') || undefined;
  const metaAuthor = first(
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'byl',
  );
  const markupAuthor =
    textOf('[rel="author"]') ??
    textOf('[itemprop="author"] [itemprop="name"]') ??
    textOf('[itemprop="author"]');
  const byline = textOf('.byline, .author-name, .article-author');
  const author =
    linked?.author ??
    (metaAuthor && !isAddress(metaAuthor) ? normaliseNames(metaAuthor.replace(/^by\s+/i, '')) : undefined) ??
    markupAuthor ??
    (byline === undefined ? undefined : (bylineOf(byline) ?? bylineOf(`By ${byline}`)));
  const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const dateText = [
    first('article:published_time', 'og:published_time'),
    linked?.datePublished,
    first(
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date',
      'dc.date.issued',
      'dcterms.date',
    ),
    timeElement,
  ].find((value) => value !== undefined && parseDate(value) !== undefined);
  const tags = [...(meta.get('article:tag') ?? []), ...(linked?.keywords ?? [])];
  const fields = {
    title: linked?.headline ?? first('og:title', 'twitter:title', 'title') ?? textOf('h1') ?? textOf('title'),
    author,
    date: dateText === undefined ? undefined : parseDate(dateText),
    publication: first('og:site_name', 'application-name') ?? linked?.site ?? linked?.publisher,
    section: first('article:section', 'parsely-section') ?? linked?.section,
    description: first('og:description', 'description', 'twitter:description') ?? linked?.description,
    deck: textOf(DECK_SELECTOR),
    url: absoluteUrl(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? first('og:url') ?? linked?.url,
      pageUrl,
    ),
    imageCredit: linked?.imageCredit,
  };
  return {
    ...(Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    ) as Partial<PageMetadata>),
    tags: [
      ...new Set(
        tags
          .flatMap((tag) => tag.split(/\s*,\s*/))
          .map(cleanLine)
          .filter(Boolean),
      ),
    ],
  };
}
