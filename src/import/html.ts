import { Readability } from '@mozilla/readability';
import { foldText } from '../text/fold.js';
import { bylineOf, imageCreditOf } from './bylines.js';
import { parseDate } from './dates.js';
import { all, asPage, type DomDocument, type DomElement, type DomParser } from './dom.js';
import {
  cleanLine,
  definedFields,
  ImportWarningCode,
  ITEM_MARK,
  type ArticleDraft,
  type ImportWarning,
} from './draft.js';
import { kickerOf } from './header-labels.js';
import { htmlBlocks, type HtmlBlock } from './html-body.js';
import { absoluteUrl, pageMetadata, type PageMetadata } from './html-metadata.js';
import { extractFromBlocks } from './plain-text.js';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from './problems.js';
import { tableWarnings } from './table-warnings.js';

/** A page with fewer words of body text than this holds no article (a login page, an index, an error). */
export const MIN_ARTICLE_WORDS = 50;

const same = (a: string, b: string): boolean => foldText(cleanLine(a)) === foldText(cleanLine(b));
const wordCount = (paragraphs: readonly string[]): number =>
  paragraphs
    .filter((p) => !p.startsWith('## '))
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const TITLE_SEPARATOR = /\s+[|–—·•-]\s+/;
/** A site's name is short: a longer last part of a title is the headline's own ("Brexit - what happens…"). */
const MAX_SITE_NAME_LENGTH = 40;

/**
 * The headline without the site's name that `<title>` and `og:title` often append ("… | Site"): a last part
 * that is one of the page's or the user's names for the publication, or that a heading of the page (its
 * `<h1>` or `<h2>`) leaves out. `site` is that last part when no name said it was the site's.
 */
function headline(
  title: string,
  publications: readonly (string | undefined)[],
  headings: readonly string[],
): { title: string; site?: string } {
  const parts = title.split(TITLE_SEPARATOR);
  const last = parts.at(-1)!;
  if (parts.length < 2) return { title };
  const before = title.slice(0, title.length - last.length).replace(/\s+[|–—·•-]\s+$/, '');
  if (publications.some((publication) => publication !== undefined && same(last, publication)))
    return { title: before };
  const siteLike = last.length <= MAX_SITE_NAME_LENGTH;
  return siteLike && headings.some((heading) => same(heading, before))
    ? { title: before, site: cleanLine(last) }
    : { title };
}

/** The description is the deck only when it is not the body's opening (or a cut of it) or the title. */
function deckOf(
  meta: PageMetadata,
  title: string | undefined,
  opening: string | undefined,
): string | undefined {
  if (meta.deck !== undefined) return meta.deck;
  const description = meta.description;
  if (description === undefined || /(?:…|\.\.\.)$/.test(description)) return undefined;
  if (title !== undefined && same(description, title)) return undefined;
  if (
    opening !== undefined &&
    foldText(cleanLine(opening)).startsWith(foldText(cleanLine(description)).slice(0, 80))
  )
    return undefined;
  return description;
}

/** Words of a class or id that mark an advertisement ("ad inline", "ad-slot", "sponsored-box"). */
const AD_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
]);
/** Longer than this, an element so marked holds more than an advertisement (a sponsored article's body). */
const AD_MAX_TEXT = 300;

/**
 * Removes the page's advertisements: Readability keeps one that sits between two paragraphs. And its menus:
 * on a short page Readability may keep a `<nav>`'s "Home" as a paragraph.
 */
function removeAds(document: DomDocument): void {
  for (const element of all(document, 'nav')) element.remove();
  for (const element of all(document, '[class], [id]')) {
    const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (
      !marks
        .toLowerCase()
        .split(/[\s_-]+/)
        .some((word) => AD_WORDS.has(word))
    )
      continue;
    if ((element.textContent ?? '').length <= AD_MAX_TEXT) element.remove();
  }
}

/**
 * A block as a paragraph of the content file: a heading marked `##`, a link alone as the Markdown import writes
 * it (`- [Jo's pottery studio](https://…)`), which the content file reads as a pointer, not prose.
 */
const asParagraph = (block: HtmlBlock): string =>
  block.kind === 'heading'
    ? `## ${block.text}`
    : block.link === undefined
      ? block.text
      : `${block.item ? ITEM_MARK : ''}[${block.text}](${block.link})`;

/**
 * Extracts an article from a web page: the body through Readability (on the DOM `parse` builds: nothing
 * runs, nothing is fetched), the metadata from Open Graph / `article:` tags, JSON-LD and meta tags, and the
 * body's own byline, bio and image credit lines. `url` is where the page came from, if fetched; a body of
 * fewer than `minimumWords` words is no article. `publicationGiven` (the user's `--publication`) is a name
 * of the site its title may end with.
 */
export function extractHtml(
  source: string,
  html: string,
  parse: DomParser,
  url?: string,
  minimumWords = MIN_ARTICLE_WORDS,
  publicationGiven?: string,
): ImportOutcome<ArticleDraft> {
  const document = parse(asPage(html));
  const meta = pageMetadata(document, url);
  // Readability drops the heading that repeats the title: read them first.
  const headings = all(document, 'h1, h2').map((heading) => cleanLine(heading.textContent ?? ''));
  removeAds(document);
  let parsed: ReturnType<Readability<DomElement>['parse']>;
  try {
    parsed = new Readability<DomElement>(document as never, {
      serializer: (node) => node as unknown as DomElement,
    }).parse();
  } catch (error) {
    return failed({ code: ImportProblemCode.NoArticle, source, detail: (error as Error).message });
  }
  if (!parsed?.content) return failed({ code: ImportProblemCode.NoArticle, source });
  const blocks = htmlBlocks(parsed.content);
  const rawTitle = meta.title ?? cleanLine(parsed.title ?? '');
  const named =
    rawTitle === ''
      ? undefined
      : headline(rawTitle, [meta.publication, parsed.siteName ?? undefined, publicationGiven], headings);
  const title = named?.title;
  const kept = blocks.filter(
    (block) =>
      block.kind !== 'caption' &&
      !(block.kind === 'heading' && title !== undefined && same(block.text, title)),
  );
  // A kicker over the headline ("Analysis", "Opinion | Politics"), which Readability leaves as the body's first
  // paragraph once it drops the `<h1>`: a label, no text of the article.
  const [opening, ...rest] = kept;
  const kicker =
    title !== undefined && opening?.kind === 'paragraph' && opening.table === undefined && rest.length > 0
      ? kickerOf(opening.text)
      : undefined;
  const texts = (kicker === undefined ? kept : rest).map(asParagraph);
  const deck = deckOf(
    meta,
    title,
    texts.find((text) => !text.startsWith('## ')),
  );
  const body = texts.filter((text, index) => !(index < 3 && deck !== undefined && same(text, deck)));
  const readabilityAuthor = parsed.byline
    ? (bylineOf(parsed.byline) ?? bylineOf(`By ${parsed.byline}`))
    : undefined;
  const author = meta.author ?? readabilityAuthor;
  const found = extractFromBlocks(
    body.map((text) => [text]),
    { title, deck, author, deckAfterRepeatedTitle: false, titleFromText: false },
  );
  const words = wordCount(found.paragraphs);
  if (words < minimumWords)
    return failed({ code: ImportProblemCode.NoArticle, source, detail: `only ${words} words of text` });
  const warnings: ImportWarning[] = tableWarnings(blocks.map((block) => block.table));
  let publication =
    meta.publication ?? found.publication ?? (cleanLine(parsed.siteName ?? '') || undefined) ?? named?.site;
  const pageUrl = meta.url ?? absoluteUrl(url, undefined);
  if (publication === undefined && pageUrl !== undefined) {
    publication = new URL(pageUrl).hostname.replace(/^www\./, '');
    warnings.push({
      code: ImportWarningCode.PublicationFromHost,
      subject: 'publication',
      detail: publication,
    });
  }
  const caption = blocks
    .filter((block) => block.kind === 'caption')
    .map((block) => imageCreditOf(block.text))
    .find(Boolean);
  const draft: ArticleDraft = {
    ...found,
    ...definedFields({
      title,
      deck,
      author: author ?? found.author,
      publication,
      date: meta.date ?? found.date ?? parseDate(parsed.publishedTime ?? ''),
      section: meta.section ?? found.section,
      url: pageUrl,
      imageCredit: found.imageCredit ?? caption ?? meta.imageCredit,
    }),
    tags: meta.tags.length > 0 ? meta.tags : found.tags,
  };
  return succeeded(draft, warnings);
}
