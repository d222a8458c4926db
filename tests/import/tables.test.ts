import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, type DomParser } from '../../src/index.js';
import { loadDomParser } from '../../runtime/import/dom-parser.js';

let dom: DomParser;
beforeAll(async () => {
  dom = await loadDomParser();
});

const PROSE =
  'House prices rose in most districts of the county this year, the land registry said on Tuesday. Buyers paid most in the market towns.';

const ROWS = [
  '- Abbey: average price £355,600, change in a year +3.9%.',
  '- Castle: average price £298,100, change in a year -1.2%.',
];
const WARNING = { code: 'table-rows', subject: '2', detail: 'District | Average price | Change in a year' };

/** What the import makes of a source; a problem fails the test with what it says. */
function extracted(source: Parameters<typeof extractArticle>[0]) {
  const outcome = extractArticle(source);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome;
}

const text = (body: string) =>
  extracted({
    source: 'prices.txt',
    text: `House prices in the county\n\nBy Ana Silva, 3 June 2025\n\n${body}`,
    format: 'text',
  });

describe('tables in a plain text', () => {
  it('given columns aligned with spaces under a head and a rule, then each row is a sentence naming its cells', () => {
    const outcome = text(`${PROSE}

District    Average price    Change in a year
--------    -------------    ----------------
Abbey            £355,600               +3.9%
Castle           £298,100               -1.2%

Prices are expected to rise again next year, agents say.
`);
    expect(outcome.value.paragraphs).toEqual([
      PROSE,
      ...ROWS,
      'Prices are expected to rise again next year, agents say.',
    ]);
    expect(outcome.warnings).toEqual([WARNING]);
  });

  it('given columns parted by tabs, then each row is a sentence too', () => {
    const outcome = text(`${PROSE}

District\tAverage price\tChange in a year
Abbey\t£355,600\t+3.9%
Castle\t£298,100\t-1.2%
`);
    expect(outcome.value.paragraphs).toEqual([PROSE, ...ROWS]);
    expect(outcome.warnings).toEqual([WARNING]);
  });

  it('given tab-parted columns whose heads carry units in brackets, then each row writes its figures with the units', () => {
    const outcome = text(`${PROSE}

Site group\tElevation (m)\tMean CTmax (°C)\tLarvae tested (n)
Lowland\t250–500\t31.4 ± 0.6\t140
Upland\t900–1400\t28.9 ± 0.8\t131
`);
    expect(outcome.value.paragraphs).toEqual([
      PROSE,
      '- Lowland: elevation 250–500 m, mean CTmax 31.4 ± 0.6 °C, larvae tested 140.',
      '- Upland: elevation 900–1400 m, mean CTmax 28.9 ± 0.8 °C, larvae tested 131.',
    ]);
  });

  it('given aligned columns with a share and a price in brackets, then "%" follows the figure and "£" goes before it', () => {
    const outcome = text(`${PROSE}

School       Pupils (no.)    Free meals (%)    Budget (£)
Ashgrove              412                18       1,200,000
Beckside              230                31         640,000
`);
    expect(outcome.value.paragraphs).toEqual([
      PROSE,
      '- Ashgrove: pupils 412, free meals 18%, budget £1,200,000.',
      '- Beckside: pupils 230, free meals 31%, budget £640,000.',
    ]);
  });

  it('given a cell left empty in aligned columns, then the row names the cells it has', () => {
    const outcome = text(`${PROSE}

District    Average price    Change in a year
Abbey            £355,600               +3.9%
Castle           £298,100
`);
    expect(outcome.value.paragraphs).toEqual([PROSE, ROWS[0], '- Castle: average price £298,100.']);
  });

  it('given a table written with bars, as Markdown writes one, then its rows are read as Markdown reads them', () => {
    const outcome = text(`${PROSE}

| District | Average price | Change in a year |
|----------|---------------|------------------|
| Abbey    | £355,600      | +3.9%            |
| Castle   | £298,100      | -1.2%            |
`);
    expect(outcome.value.paragraphs).toEqual([PROSE, ...ROWS]);
    expect(outcome.warnings).toEqual([WARNING]);
  });

  it('given a bulleted list spaced wide, then its items stay items, not a table', () => {
    const outcome = text(`${PROSE}

-   Abbey has the dearest houses
-   Castle has the cheapest
-   Both have new schools
`);
    expect(outcome.value.paragraphs.slice(1)).toEqual([
      '- Abbey has the dearest houses',
      '- Castle has the cheapest',
      '- Both have new schools',
    ]);
    expect(outcome.warnings).toEqual([]);
  });

  it('given prose typed with two spaces after its full stops, then it is no table', () => {
    const prose =
      'The council met on Monday.  It voted to close the pool.\nThe pool opened in 1968.  It needs a new roof.\nRepairs would cost more.  The vote was close.';
    const outcome = text(`${prose}\n`);
    expect(outcome.value.paragraphs.join(' ')).toContain(
      'The council met on Monday. It voted to close the pool.',
    );
    expect(outcome.warnings).toEqual([]);
  });
});

describe('tables in a page', () => {
  const page = (table: string) => `<!doctype html><html><head><title>House prices in the county</title>
<meta name="author" content="Ana Silva"><meta property="article:published_time" content="2025-06-03">
<meta property="og:site_name" content="County Times"></head><body><article><h1>House prices in the county</h1>
<p>${PROSE} Agents say the rise came from buyers leaving the city for the towns and villages around it.</p>
${table}
<p>Prices are expected to rise again next year, agents say, though fewer homes are for sale.</p>
</article></body></html>`;

  it('given a <table> with a head row, then each row is a sentence naming its cells, said in a warning', () => {
    const outcome = extracted({
      source: 'prices.html',
      format: 'html',
      dom,
      text: page(`<table><thead><tr><th>District</th><th>Average price</th><th>Change in a year</th></tr></thead>
<tbody><tr><td>Abbey</td><td>£355,600</td><td>+3.9%</td></tr><tr><td>Castle</td><td>£298,100</td><td>-1.2%</td></tr></tbody></table>`),
    });
    expect(outcome.value.paragraphs).toEqual([
      expect.stringMatching(/^House prices rose/),
      ...ROWS,
      'Prices are expected to rise again next year, agents say, though fewer homes are for sale.',
    ]);
    expect(outcome.warnings).toEqual([WARNING]);
  });
});

describe('a text that opens with its table', () => {
  it('given no title above the table, then no row is the title: the import asks for one', () => {
    const outcome = extracted({
      source: 'prices.txt',
      format: 'text',
      text: 'District\tAverage price\nAbbey\t£355,600\nCastle\t£298,100\n\nPrices rose in most districts.\n',
    });
    expect(outcome.value.title).toBeUndefined();
    expect(outcome.value.paragraphs[0]).toBe('- Abbey: average price £355,600.');
  });
});
