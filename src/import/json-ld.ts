import { normaliseNames } from './bylines.js';
import { all, type DomDocument } from './dom.js';
import { cleanLine } from './draft.js';

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|Posting)$/;

/** What a page's JSON-LD says about its article. */
export interface LinkedArticle {
  readonly headline?: string;
  readonly author?: string;
  readonly datePublished?: string;
  readonly publisher?: string;
  /** The name of the page's `WebSite` node: usually the publication as readers know it. */
  readonly site?: string;
  readonly section?: string;
  readonly keywords: string[];
  readonly description?: string;
  readonly url?: string;
  readonly imageCredit?: string;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nodesOf(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!isNode(value)) return [];
  return [value, ...nodesOf(value['@graph'])];
}

const typesOf = (node: Node): string[] =>
  (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter(
    (t): t is string => typeof t === 'string',
  );

/**
 * Every JSON-LD object on the page (arrays and `@graph`s flattened); blocks that are not JSON are skipped.
 */
function linkedNodes(document: DomDocument): Node[] {
  return all(document, 'script[type="application/ld+json"]').flatMap((script) => {
    try {
      return nodesOf(JSON.parse(script.textContent ?? ''));
    } catch {
      return [];
    }
  });
}

/** Reads the article node of a page's JSON-LD (NewsArticle, BlogPosting, …), following `@id` references. */
export function linkedArticle(document: DomDocument): LinkedArticle | undefined {
  const nodes = linkedNodes(document);
  const byId = new Map(
    nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]),
  );
  const resolve = (value: unknown): unknown =>
    isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
      ? (byId.get(value['@id']) ?? value)
      : value;
  const text = (value: unknown): string | undefined => {
    const resolved = resolve(Array.isArray(value) ? value[0] : value);
    if (typeof resolved === 'string') return cleanLine(resolved) || undefined;
    return isNode(resolved) && typeof resolved['name'] === 'string'
      ? cleanLine(resolved['name']) || undefined
      : undefined;
  };
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return undefined;
  const authors = (Array.isArray(article['author']) ? article['author'] : [article['author']])
    .map(text)
    .filter(Boolean);
  const keywords = article['keywords'];
  const image = resolve(Array.isArray(article['image']) ? article['image'][0] : article['image']);
  const entries = {
    headline: text(article['headline']) ?? text(article['name']),
    author: authors.length > 0 ? normaliseNames(authors.join(', ')) : undefined,
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    publisher: text(article['publisher']),
    site: text(nodes.find((node) => typesOf(node).includes('WebSite'))?.['name']),
    section: text(article['articleSection']),
    description: text(article['description']),
    url:
      text(article['url']) ??
      (isNode(article['mainEntityOfPage'])
        ? text(article['mainEntityOfPage']['@id'])
        : text(article['mainEntityOfPage'])),
    imageCredit: isNode(image) ? (text(image['creditText']) ?? text(image['copyrightHolder'])) : undefined,
  };
  return {
    ...(Object.fromEntries(
      Object.entries(entries).filter(([, value]) => value !== undefined),
    ) as Partial<LinkedArticle>),
    keywords: (typeof keywords === 'string' ? keywords.split(',') : Array.isArray(keywords) ? keywords : [])
      .filter((word): word is string => typeof word === 'string')
      .map(cleanLine)
      .filter((word) => word.length > 0),
  };
}
