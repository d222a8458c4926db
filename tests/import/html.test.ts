import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, prepareContentFile, type DomParser } from '../../src/index.js';
import { loadDomParser } from '../../runtime/import/dom-parser.js';
import { ARTICLE_PARAGRAPHS, articlePage, loginPage } from './pages.js';

let dom: DomParser;
beforeAll(async () => {
  dom = await loadDomParser();
});

const html = (text: string, url?: string) =>
  extractArticle({ source: 'page.html', text, format: 'html', url, dom });

const body = (sentences: number): string =>
  Array.from(
    { length: sentences },
    (_, i) =>
      `<p>Paragraph ${i + 1} tells of the harbour, the boats and the people who work there every day.</p>`,
  ).join('');

describe('extracting an article from HTML', () => {
  it('given a page with Open Graph, article: and JSON-LD metadata then each field comes from it', () => {
    const outcome = html(articlePage());
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value).toMatchObject({
      title: 'Rivers Run Dry in the Valley',
      author: 'Maria Lopez',
      authorBio: 'Maria Lopez is an environment correspondent for the Gazette.',
      publication: 'The Example Gazette',
      section: 'Environment',
      date: '2023-07-09',
      url: 'https://gazette.example/env/rivers-run-dry',
      tags: ['Drought', 'Agriculture'],
      deck: 'Farmers face a third year of drought as reservoirs fall to record lows.',
      imageCredit: 'Jane Smith/Gazette',
    });
    expect(outcome.value.paragraphs).toEqual([
      ARTICLE_PARAGRAPHS[0],
      ARTICLE_PARAGRAPHS[1],
      '## A third dry year',
      ARTICLE_PARAGRAPHS[2],
      ARTICLE_PARAGRAPHS[3],
    ]);
    const built = prepareContentFile('page.html', outcome.value);
    expect(built.ok && built.value.article.sentences.map((s) => s.text)).toContain(
      'Neither choice brings back the river.',
    );
  });

  it('given JSON-LD in a @graph with references and furniture in the body then both are handled', () => {
    const page = `<html><head><title>Gold rush - Money Weekly</title>
      <meta property="article:author" content="https://www.facebook.com/someone">
      <meta name="description" content="Purchases hit a record as reserve managers diversify…">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Money Weekly"},{"@type":"Organization","@id":"#org","name":"Money Weekly Ltd"},
        {"@type":"Person","@id":"#p1","name":"Maria Gomez"},
        {"@type":"Article","headline":"Gold rush","author":{"@id":"#p1"},"publisher":{"@id":"#org"},
         "datePublished":"2024-02-01T08:00:00+00:00","articleSection":["Markets"],"keywords":["gold","central banks"]}]}</script>
      </head><body><div class="article-body">${body(3)}
      <div class="newsletter"><p>Sign up for our daily newsletter</p></div>${body(3)}
      <p><strong>Read more:</strong> <a href="/x">Why the dollar is slipping</a></p></div></body></html>`;
    const outcome = html(page);
    expect(outcome.ok && outcome.value).toMatchObject({
      title: 'Gold rush',
      author: 'Maria Gomez',
      publication: 'Money Weekly',
      date: '2024-02-01',
      section: 'Markets',
      tags: ['gold', 'central banks'],
    });
    expect(outcome.ok && outcome.value.deck).toBeUndefined();
    expect(outcome.ok && outcome.value.paragraphs).toHaveLength(6);
  });

  it('given a page whose description is its first paragraph then that is not a deck', () => {
    const page = `<html><head><title>Harbour Days</title><meta name="description" content="Paragraph 1 tells of the harbour, the boats and the people who work there every day.">
      <meta name="author" content="Ana Silva"><meta name="date" content="2020-02-02"></head><body><article><h1>Harbour Days</h1>${body(6)}</article></body></html>`;
    const outcome = html(page);
    expect(outcome.ok && outcome.value).toMatchObject({
      title: 'Harbour Days',
      author: 'Ana Silva',
      date: '2020-02-02',
    });
    expect(outcome.ok && outcome.value.deck).toBeUndefined();
    expect(outcome.ok && outcome.value.paragraphs).toHaveLength(6);
  });

  it('given a fetched page that does not name its publication then the host is used, with a warning', () => {
    const page = `<html><head><title>Harbour Days</title></head><body><article>${body(6)}</article></body></html>`;
    const outcome = html(page, 'https://www.harbour.example/days');
    expect(outcome.ok && outcome.value.publication).toBe('harbour.example');
    expect(outcome.ok && outcome.warnings).toEqual([
      { code: 'publication-from-host', subject: 'publication', detail: 'harbour.example' },
    ]);
  });

  it('given a short news brief then it is no article, unless the user named it, and its menu is no paragraph', () => {
    const brief =
      '<html><body><nav><a href="/">Home</a></nav><p>The mayor said on Tuesday that the bridge would reopen in ' +
      'June. Engineers found cracks in two of the supports last winter. Traffic has been diverted since then.</p>' +
      '<footer>© 2024 Town News</footer></body></html>';
    const unnamed = html(brief);
    expect(!unnamed.ok && unnamed.problem.code).toBe('no-article');
    const named = extractArticle({ source: 'brief.html', text: brief, format: 'html', dom, titled: true });
    expect(named.ok && named.value.paragraphs).toEqual([
      'The mayor said on Tuesday that the bridge would reopen in June. Engineers found cracks in two of the ' +
        'supports last winter. Traffic has been diverted since then.',
    ]);
  });

  it('given a page with no article then it says so', () => {
    const outcome = html(loginPage());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.code).toBe('no-article');
  });

  it('given HTML without a DOM parser then that is a programming error, not a failed import', () => {
    expect(() => extractArticle({ source: 'p.html', text: '<p>x</p>', format: 'html' })).toThrow(
      /DOM parser/,
    );
  });

  it('given a page that names no author then preparing it names the missing field', () => {
    const page = `<html><head><title>Harbour Days</title><meta property="og:site_name" content="Coast News"><meta property="article:published_time" content="2020-02-02"></head><body><article>${body(6)}</article></body></html>`;
    const outcome = html(page);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    const built = prepareContentFile('page.html', outcome.value);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problem).toMatchObject({ code: 'missing-fields', fields: ['author'] });
    const given = prepareContentFile('page.html', outcome.value, { overrides: { author: 'Ana Silva' } });
    expect(given.ok && given.value.slug).toBe('harbour-days');
  });

  it('given a page that names no title then its first paragraph stays body text and preparing it names the missing title', () => {
    const page = `<html><head><meta name="author" content="Ana Silva"><meta property="og:site_name" content="Coast News"><meta property="article:published_time" content="2020-02-02"></head><body>${body(6)}</body></html>`;
    const outcome = html(page);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.title).toBeUndefined();
    expect(outcome.value.paragraphs[0]).toMatch(/^Paragraph 1 tells/);
    const built = prepareContentFile('page.html', outcome.value);
    expect(!built.ok && built.problem).toMatchObject({ code: 'missing-fields', fields: ['title'] });
  });

  it('given an advertisement between two paragraphs then it is no body text', () => {
    const ad = '<div class="ad inline">Sponsored: Try Bakewell Organic Rye. Free shipping over $40!</div>';
    const page = `<html><head><title>Harbour Days</title></head><body><article>${body(3)}${ad}${body(3)}<div id="promo-box">Subscribe for more harbour news.</div></article></body></html>`;
    const outcome = html(page);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    const text = outcome.value.paragraphs.join(' ');
    expect(text).toContain('Paragraph 3 tells');
    expect(text).not.toMatch(/Sponsored|shipping|Subscribe/);
  });
  it('given a page without og: tags whose <title> ends with its site then the title is the headline, and a share bar is no paragraph', () => {
    const page = (headline: string) =>
      `<html><head><title>Library to close on Sundays - Hometown Herald</title></head><body><main>${headline}${body(5)}<p>Share this: Facebook Twitter</p></main></body></html>`;
    const given = extractArticle({
      source: 'page.html',
      text: page(''),
      format: 'html',
      dom,
      publication: 'Hometown Herald',
    });
    const byHeading = html(page('<h2>Library to close on Sundays</h2>'));
    const neither = html(page(''));
    if (!given.ok || !byHeading.ok || !neither.ok) throw new Error('no article');
    expect(given.value.title).toBe('Library to close on Sundays');
    expect(byHeading.value).toMatchObject({
      title: 'Library to close on Sundays',
      publication: 'Hometown Herald',
    });
    // Nothing says the last part is the site's: it stays the title's.
    expect(neither.value.title).toBe('Library to close on Sundays - Hometown Herald');
    for (const outcome of [given, byHeading, neither]) {
      expect(outcome.value.paragraphs.at(-1)).toMatch(/^Paragraph 5 tells/);
    }
  });
});
