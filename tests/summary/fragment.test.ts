import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { isFragment } from '../../src/summary/fragment.js';
import { holdsDialogue, isDialogueLine } from '../../src/summary/quotation.js';
import { fixtureArticle } from './fixtures.js';
import { harbourArticle } from './fixtures-news.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);
const requests = [
  ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
  ...[1, 2, 3, 5].map((sentences) => ({ sentences })),
];

describe('a fragment is no key point', () => {
  it.each([
    ['Stage one.', true],
    ['Chorus', true],
    ['Never.', true],
    ['Not at all.', true],
    ['Hardly, really.', true],
    ['Good night.', true],
    ['Part three.', true],
    ['We failed.', false],
    ['Prices rose.', false],
    ['The appeal is dismissed.', false],
    ['Nobody objected.', false],
    ['Teachers matter.', false],
    ['The war continues.', false],
    ['Tighten the nut.', false],
    ['Bring your children.', false],
    ['Streets with trees were cooler than streets without.', false],
    ['越来越多的年轻人选择骑自行车上班。', false],
  ] as const)('given %j then whether it is a fragment is %j', (text, expected) => {
    expect(isFragment(text)).toBe(expected);
  });

  // A walking diary written for the test: each day's paragraph opens on its label.
  const diary = fixtureArticle(
    'west-highland-way',
    [
      'Stage one. We left Milngavie at eight under a sky the colour of porridge. Twelve miles to Drymen. A retired postman from Falkirk walked with us for an hour and named every hill in sight.',
      'Stage two. Conic Hill is short and steep. From the top, Loch Lomond lay below us like a spilled map. In the afternoon we reached Rowardennan, 15 miles on, with blisters on both heels.',
      'Stage three. The lochside path to Inverarnan takes most of a day. It climbs over roots and boulders the whole way. We ate the biggest breakfast of the trip at the Drovers Inn, which cost £9.',
      'If you walk it, book your beds months ahead in May. Carry midge repellent even in September. And do not trust the signposts near Crianlarich: two of them point the wrong way.',
    ],
    { title: 'Four Days on the West Highland Way' },
  );

  it('given a diary whose days open on a label ("Stage one.") then no summary, of any length, holds the label', () => {
    for (const request of requests) {
      const said = texts(summarize(diary, request));
      expect(
        said.filter((text) => /^Stage \w+\.$/.test(text)),
        JSON.stringify(request),
      ).toEqual([]);
      expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
    }
  });
});

describe('a line of dialogue is no key point of a story', () => {
  // A short story written for the test: a question asked and answered in turns, each a paragraph.
  const story = fixtureArticle(
    'the-mull-ferry',
    [
      'The ferry was an hour late, and Mr Okoro had read the same page of his newspaper four times when the girl sat down beside him.',
      'She was about ten, with a violin case and a plaster on her chin.',
      '"Is this the boat to Mull?" she asked.',
      '"It is, when it comes," said Mr Okoro.',
      '"My mum is parking the car."',
      'He folded his newspaper. He had been a ship’s engineer for forty years, and he knew what waiting was.',
      '"Do you play that thing?"',
      '"Badly."',
      'When the ferry came in, its ramp clanging on the slip, he carried the violin case aboard for her. Her mother waved from the car deck.',
      '"Practise," he told her. "Badly is how everyone starts."',
      'She played a scale for him on the open deck, all the way across the Sound.',
    ],
    { title: 'The Mull Ferry' },
  );

  it.each([
    ['"My mum is parking the car."', true],
    ['"Do you play that thing?"', true],
    ['"Badly.', true],
    ['"It is, when it comes," said Mr Okoro.', false],
    ['"The island has one doctor, one shop and a post office that opens on Tuesdays."', false],
  ] as const)('given %j then whether it is a line of dialogue is %j', (text, expected) => {
    expect(isDialogueLine(text)).toBe(expected);
  });

  it('given a story of questions asked and answered in turns then it holds dialogue, and a news report does not', () => {
    expect(holdsDialogue(story.sentences)).toBe(true);
    expect(holdsDialogue(harbourArticle().sentences)).toBe(false);
  });

  it('given a story with dialogue then no summary, of any length, holds a short line of it or a question in quotation marks', () => {
    for (const request of requests) {
      const said = texts(summarize(story, request));
      expect(said.filter(isDialogueLine), JSON.stringify(request)).toEqual([]);
      expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
    }
  });
});

describe('a story is summarised from its narration', () => {
  // A chapter written for the test: most of it tagged dialogue, between a few narrated sentences.
  const chapter = fixtureArticle(
    'the-lighthouse-keeper',
    [
      'Chapter I.',
      'Everyone on the island knew that the old keeper had not left the lighthouse in eleven years.',
      '"Who are you?" said the keeper.',
      '"The new teacher," said the woman, shaking the rain from her coat.',
      '"Come in, then," said the keeper.',
      'She climbed the iron stairs behind him and found the lamp room full of books stacked to the windows.',
      '"You read all these?" said the woman.',
      '"Every one," said the keeper, "twice."',
      'Her boat.',
      'The storm kept her there for three days, and by the end of them she had borrowed forty books for the school.',
      '"Bring them back," said the keeper.',
      '"I will," said the woman.',
    ],
    { title: 'The Lighthouse Keeper, Chapter I' },
  );

  it("given a chapter of tagged dialogue then no summary, of any length, holds a character's line or a line of a few words, and it opens on the opening", () => {
    for (const request of requests) {
      const said = texts(summarize(chapter, request));
      expect(
        said.filter((text) => /^"/.test(text) || text.split(' ').length <= 3),
        JSON.stringify(request),
      ).toEqual([]);
      expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
    }
    expect(texts(summarize(chapter, { length: 'medium' }))[0]).toMatch(/^Everyone on the island/);
  });

  it("given the book club's chapters then their summaries are narration and open as the chapter does", async () => {
    const { readFileSync } = await import('node:fs');
    const { parseArticle } = await import('../../src/index.js');
    const read = (slug: string) =>
      parseArticle(`${slug}.md`, readFileSync(`tests/fixtures/club24/${slug}.md`, 'utf8'));
    const pip = texts(summarize(read('great-expectations-chapter-i')));
    expect(pip.filter((text) => /said the man/.test(text))).toEqual([]);
    const bennet = texts(summarize(read('pride-and-prejudice-chapter-i')));
    expect(bennet[0]).toMatch(/^It is a truth universally acknowledged/);
    expect(texts(summarize(read('the-gift-of-the-magi')))).not.toContain('Her Jim.');
  });
});
