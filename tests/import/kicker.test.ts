import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, type DomParser } from '../../src/index.js';
import { loadDomParser } from '../../runtime/import/dom-parser.js';

let dom: DomParser;
beforeAll(async () => {
  dom = await loadDomParser();
});

const HEADLINE = 'Why the ferry matters more than ever';
const LEAD =
  'The ferry is the island’s only link in winter, and it carries the post, the doctor and the children.';
const BODY = `${LEAD}\n\nIt has run every day since 1952, whatever the weather, and the islanders want it kept.\n`;

const read = (source: string, text: string, format: 'text' | 'markdown') => {
  const outcome = extractArticle({ source, text, format });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.value;
};

describe('a kicker above the headline', () => {
  it.each([
    ['in capitals', 'ANALYSIS', undefined],
    ['in words', 'Exclusive', 'Exclusive'],
    ['of a section and its part', 'Opinion | Politics', 'Opinion'],
  ])(
    'given a text with a kicker %s, then the headline is the title and the kicker no paragraph',
    (_, kicker, section) => {
      const draft = read(
        'ferry.txt',
        `${kicker}\n\n${HEADLINE}\n\nBy Ana Silva, 3 June 2025\n\n${BODY}`,
        'text',
      );
      expect(draft.title).toBe(HEADLINE);
      expect(draft.section).toBe(section);
      expect(draft.author).toBe('Ana Silva');
      expect(draft.paragraphs[0]).toBe(LEAD);
    },
  );

  it('given a kicker on the line straight above the headline, then it is not joined to the title', () => {
    const draft = read('ferry.txt', `ANALYSIS\n${HEADLINE}\nBy Ana Silva, 3 June 2025\n\n${BODY}`, 'text');
    expect(draft.title).toBe(HEADLINE);
    expect(draft.paragraphs[0]).toBe(LEAD);
  });

  it('given a release whose label is above its headline, then the label reads as a release’s', () => {
    const draft = read(
      'ferry.txt',
      `Press release\n\nHarbour Ferries adds a night crossing\n\nHarbour Ferries Ltd, Portsmouth, 3 June 2025\n\n${BODY}`,
      'text',
    );
    expect(draft).toMatchObject({
      title: 'Harbour Ferries adds a night crossing',
      author: 'Harbour Ferries Ltd',
      date: '2025-06-03',
      section: 'Press release',
    });
    expect(draft.paragraphs[0]).toBe(LEAD);
  });

  it('given a Markdown file with a kicker over its # Title, then the # Title is the title', () => {
    const draft = read(
      'ferry.md',
      `Opinion | Politics\n\n# ${HEADLINE}\n\nBy Ana Silva, 3 June 2025\n\n${BODY}`,
      'markdown',
    );
    expect(draft).toMatchObject({ title: HEADLINE, section: 'Opinion', author: 'Ana Silva' });
    expect(draft.paragraphs[0]).toBe(LEAD);
  });

  it('given a page with a kicker over its <h1>, then the kicker is no paragraph of the body', () => {
    const paragraphs = `<p>${LEAD}</p><p>It has run every day since 1952, whatever the weather, and the islanders want it kept, because nothing else reaches the island when the wind blows hard from the west all through the long winter.</p>`;
    const outcome = extractArticle({
      source: 'ferry.html',
      format: 'html',
      dom,
      text: `<html><head><title>${HEADLINE} - Island News</title><meta name="author" content="Ana Silva"></head><body><article><p class="kicker">Analysis</p><h1>${HEADLINE}</h1>${paragraphs}</article></body></html>`,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.title).toBe(HEADLINE);
    expect(outcome.value.paragraphs[0]).toBe(LEAD);
  });
});
