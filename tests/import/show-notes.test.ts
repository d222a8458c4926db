import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomParser } from '../../runtime/import/dom-parser.js';
import { isQuotable } from '../../src/content/article.js';
import { extractArticle } from '../../src/import/extract.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { importedLines } from '../../adapters/cli/import-wording.js';
import type { DomParser } from '../../src/index.js';

let dom: DomParser;
beforeAll(async () => {
  dom = await loadDomParser();
});

/** Imports a text as the command does, with the fields it lacks given: the content file and its quotable text. */
function imported(text: string, format: 'text' | 'markdown' | 'html') {
  const source = `notes.${{ text: 'txt', markdown: 'md', html: 'html' }[format]}`;
  const extracted = extractArticle({ source, text, format, dom });
  if (!extracted.ok) throw new Error('not extracted');
  const file = prepareContentFile(source, extracted.value, {
    overrides: { author: 'Rosa Delgado', publication: 'Green Fingers Radio', date: '2025-03-02' },
  });
  if (!file.ok) throw new Error(`not prepared: ${JSON.stringify(file)}`);
  const { article, markdown } = file.value;
  const report = { slug: article.slug, path: 'notes.md', written: true, replaced: false, markdown, article };
  return {
    lines: importedLines({ ...report, warnings: file.warnings }),
    markdown,
    warnings: file.warnings.map((warning) => warning.code),
    quotable: article.sentences.filter(isQuotable).map((sentence) => sentence.text),
  };
}

const PROSE = [
  'Gardener Ana Ruiz has worked the same allotment for twenty years.',
  'She explains why she stopped digging her beds and how a pond brought the frogs back.',
];

const TEXT_NOTES = `Show Notes: The Allotment Year (Episode 9)

${PROSE.join(' ')}

Timestamps:
[00:00:03] Welcome and a confession about weeds
[00:04:12] Is digging ever worth it?
[00:11:30] Building a pond in a weekend

Links mentioned:
- Ana's allotment diary: https://example.org/ana-diary
- The no-dig method, explained: https://example.org/no-dig (the page is slow to load)

Support the show: https://example.org/support
`;

const LETTER = 'Tell us about your own allotment: write to the show and we may read your letter on air.';

const PAGE_NOTES = `<!doctype html><html><head><title>The Allotment Year - Green Fingers Radio</title></head><body>
<article><h1>The Allotment Year</h1>
<p>${PROSE.join(' ')}</p>
<h2>Timestamps</h2>
<ul><li>00:00 Intro</li><li>02:15 Why she stopped digging</li><li>09:40 The pond that brought the frogs back</li></ul>
<p>Tell us about your own allotment: write to the show and we may read your letter on air.</p>
</article></body></html>`;

const MARKDOWN_NOTES = `# The Allotment Year

*Green Fingers Radio, 2 March 2025.*

${PROSE.join(' ')}

## Links

- [Ana on Instagram](https://example.org/ana)
- [The no-dig method, explained](https://example.org/no-dig)
`;

const PAGE_LINKS = `<!doctype html><html><head><title>The Allotment Year - Green Fingers Radio</title></head><body>
<article><h1>The Allotment Year</h1>
<p>${PROSE.join(' ')}</p>
<h2>Links</h2>
<ul><li><a href="https://example.org/ana">Ana on Instagram</a></li>
<li><a href="https://example.org/no-dig">The no-dig method, explained</a></li>
<li>Book mentioned: <em>Gardening Without Digging</em> by <a href="https://example.org/ruth">Ruth Okoro</a></li></ul>
<p>${LETTER}</p>
</article></body></html>`;

describe('show notes through the import', () => {
  it("given a web page's list of links, then each keeps its address in the content file as the Markdown import writes it, and none is quoted", () => {
    const { markdown, quotable, warnings } = imported(PAGE_LINKS, 'html');
    // The content file reads each link by its words: no paragraph "reads differently".
    expect(warnings).toEqual([]);
    expect(markdown).toContain(
      '- [Ana on Instagram](https://example.org/ana)\n\n- [The no-dig method, explained](https://example.org/no-dig)',
    );
    // An item with words of its own besides its link is prose, as before.
    expect(markdown).toContain('\n\nBook mentioned: Gardening Without Digging by Ruth Okoro');
    expect(quotable).toEqual([...PROSE, LETTER]);
  });

  it('given a Markdown list of links, then each keeps its address in the content file, and none is quoted', () => {
    const { markdown, quotable, warnings } = imported(MARKDOWN_NOTES, 'markdown');
    expect(warnings).toEqual([]);
    expect(markdown).toContain(
      '- [Ana on Instagram](https://example.org/ana)\n\n- [The no-dig method, explained](https://example.org/no-dig)',
    );
    expect(quotable).toEqual(PROSE);
  });

  it('given a text file\'s timestamp lines under "Timestamps:", then each is a line of its own, and none is quoted', () => {
    const { markdown, quotable } = imported(TEXT_NOTES, 'text');
    expect(markdown).toContain(
      '[00:04:12] Is digging ever worth it?\n\n[00:11:30] Building a pond in a weekend',
    );
    expect(quotable).toEqual(PROSE);
  });

  it('given show notes with a timestamp list and links, then the import\'s count says what they are, not "headings"', () => {
    const { lines } = imported(TEXT_NOTES, 'text');
    expect(lines[1]).toMatch(
      /: 9 paragraphs, 10 sentences, 2 to quote \(2 headings, 6 in timestamps and links\)$/,
    );
  });

  it("given a web page's list of chapters, then only the prose is quoted", () => {
    const { quotable } = imported(PAGE_NOTES, 'html');
    expect(quotable).toEqual([
      ...PROSE,
      'Tell us about your own allotment: write to the show and we may read your letter on air.',
    ]);
  });
});
