import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/extract.js';
import { parseArticle } from '../../src/content/parse-article.js';

/** A small dictionary: the words of the joined halves the tests expect (a real import asks WordNet). */
const DICTIONARY = new Set(['maximum', 'population', 'metabolism', 'sediment', 'temperature', 'average']);
const isWord = (word: string): boolean => DICTIONARY.has(word) || DICTIONARY.has(word.replace(/s$/u, ''));

const pasted = (body: string, source = 'paste.txt') => {
  const outcome = extractArticle({
    source,
    text: `A paper copied from its PDF\n\nBy Ana Silva, 3 June 2025\n\n${body}`,
    format: 'text',
    isWord,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.value;
};

describe("a text copied from a PDF's narrow columns", () => {
  it('given words broken at line ends by hyphens, then the lines are one paragraph and each word whole again', () => {
    const draft = pasted(`Our results show a clear decline in critical thermal maxi-
mum with elevation in both mayflies and stoneflies, and
lowland popu-
lations tolerated warmer water than upland ones did.
The temperature dependence of meta-
bolism was steeper in upland populations, which
supports the oxygen- and
capacity-limited tolerance hypothesis.`);
    expect(draft.paragraphs).toEqual([
      'Our results show a clear decline in critical thermal maximum with elevation in both mayflies and stoneflies, and lowland populations tolerated warmer water than upland ones did. The temperature dependence of metabolism was steeper in upland populations, which supports the oxygen- and capacity-limited tolerance hypothesis.',
    ]);
  });

  it("given a compound's own hyphen at a line's end, then it stays, without a space", () => {
    const draft = pasted(`Cores were taken from the river bed with a hand-held
corer before the spring floods, and the samples of cold-
water sediment were frozen within an hour of collection.
CRISPR–Cas9-
mediated knockout of the gene made no difference to growth.`);
    expect(draft.paragraphs[0]).toContain('samples of cold-water sediment were frozen');
    expect(draft.paragraphs[0]).toContain('CRISPR–Cas9-mediated knockout');
  });

  it("given a word broken at a line's end that the text writes whole elsewhere, then it is joined with no dictionary", () => {
    const outcome = extractArticle({
      source: 'paste.txt',
      text: `Field notes\n\nBy Ana Silva, 3 June 2025\n\nThe nests were counted on the cliffs in May, and the colony
was larger than at any count since the survey be-
gan, although fewer chicks fledged than last year.\n\nWe began again in June.`,
      format: 'text',
    });
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.value.paragraphs[0]).toContain('since the survey began, although');
  });

  it('given a line repeated alone between paragraphs with figures in it, then it is left out with a warning naming it', () => {
    const HEADER = 'Freshwater Biology 2023, 68: 101–118';
    const outcome = extractArticle({
      source: 'paste.txt',
      text: `River shade and trout

By Ana Silva, 3 June 2025

${HEADER}

Shade from the trees along the banks cooled the water by two degrees at noon in July.

${HEADER}

Trout were found only in the shaded reaches during the heatwave.

${HEADER}

Planting trees is the cheapest way to keep rivers cool.`,
      format: 'text',
    });
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.value.paragraphs).toEqual([
      'Shade from the trees along the banks cooled the water by two degrees at noon in July.',
      'Trout were found only in the shaded reaches during the heatwave.',
      'Planting trees is the cheapest way to keep rivers cool.',
    ]);
    expect(outcome.warnings).toContainEqual({ code: 'running-head', subject: '3', detail: HEADER });
  });

  it('given a poem of short lines with a line written twice, then its stanzas keep their breaks and its lines stay', () => {
    const outcome = extractArticle({
      source: 'poem.txt',
      text: `Night Ferry

By Ana Silva, 3 June 2025

The ferry leaves at ten past nine,
the harbour lights go out,
and no one on the quay can say
what all the gulls are shouting about.

At ten past nine

The water folds behind the stern,
the town becomes a line,
and I am counting down the lamps
that burn till half past nine.

At ten past nine`,
      format: 'text',
    });
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.value.paragraphs[0]).toBe(
      'The ferry leaves at ten past nine, / the harbour lights go out, / and no one on the quay can say / what all the gulls are shouting about.',
    );
    expect(outcome.warnings.filter((warning) => warning.code === 'running-head')).toEqual([]);
  });
});

describe('a plain text with no blank lines', () => {
  it('given a line written twice with a figure in it, then both stay: each line is a paragraph, none a running head', () => {
    const outcome = extractArticle({
      source: 'list.txt',
      text: 'Two cakes for the stall\nBy Ana Silva, 3 June 2025\nThe sponge needs these.\n2 eggs\n200 g flour\nThe icing needs these.\n2 eggs\n100 g sugar',
      format: 'text',
    });
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.value.paragraphs.filter((paragraph) => paragraph === '2 eggs')).toHaveLength(2);
    expect(outcome.warnings.filter((warning) => warning.code === 'running-head')).toEqual([]);
  });
});

describe('a wrapped text with words broken at line ends, read without the import', () => {
  const wrapped = `Members of the commit-
tee asked whether the bud-
get covered the repairs, and the commit-
tee agreed that the bridge's load-
bearing beams come first. The committee meets again in July.`;

  it('given a content file written so, then each broken word joins as the import joins it', () => {
    const article = parseArticle(
      'council-minutes.md',
      `---\ntitle: Council minutes\nauthor: Ana Silva\ndate: 2025-06-03\n---\n\n${wrapped}\n`,
      'council-minutes.md',
      (word) => word === 'budget',
    );
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      "Members of the committee asked whether the budget covered the repairs, and the committee agreed that the bridge's load-bearing beams come first.",
      'The committee meets again in July.',
    ]);
  });

  it('given a Markdown file imported, then the same, with the dictionary the import has', () => {
    const outcome = extractArticle({
      source: 'minutes.md',
      text: `# Council minutes\n\nBy Ana Silva, 3 June 2025\n\n${wrapped}\n`,
      format: 'markdown',
      isWord: (word) => word === 'budget',
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.paragraphs.join('\n')).toContain(
      "Members of the committee asked whether the budget covered the repairs, and the committee agreed that the bridge's load-bearing beams come first.",
    );
  });
});
