import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { goesOnQuoting } from '../../src/summary/quotation.js';
import { fixtureArticle } from './fixtures.js';

// A report whose quotations run over two and three sentences, in curly and in straight marks.
const REPORT = [
  'The harbour ferry will not sail until Friday after its engine failed on a crossing on Tuesday, leaving 200 passengers stranded on the island.',
  'The ferry drifted for an hour in a strong wind before a tug towed it back to port.',
  'The operator said a new engine part was being sent from Hamburg. Its manager, Ruth Ames, said: “Safety comes first. We will not sail until the engineers are satisfied.”',
  '"The island has one doctor and no shop," said Colin Reid, a councillor. "Every day without the ferry is a day without bread. I think the council should pay for a second boat too."',
  '“My mother needs her medicine,” said Jane Bell, a nurse. “She has three days of it left.”',
  'The council will meet on Thursday to discuss a replacement service.',
  '“The council must act now. The ferry is our only road,” said Tom Hale, who runs the island shop.',
];

describe('a quotation’s later sentences in a summary', () => {
  const article = fixtureArticle('ferry-engine', REPORT, { title: 'Island ferry stops as engine fails' });
  const said = (text: string): boolean =>
    goesOnQuoting(
      article.sentences.find((passage) => passage.text.startsWith(text))!,
      article.sentences,
    );

  it.each([
    ['We will not sail', true],
    ['"Every day without the ferry', true],
    ['I think the council', true],
    ['“She has three days', true],
    ['Its manager, Ruth Ames, said', false],
    ['"The island has one doctor', false],
    ['The council will meet', false],
    // A later sentence that names its speaker after the quotation reads alone.
    ['The ferry is our only road', false],
    ['“The council must act now.', false],
  ] as const)('given the sentence %j then whether it goes on quoting is %j', (text, expected) => {
    expect(said(text)).toBe(expected);
  });

  it('given a report with quotations of several sentences then no summary has a later sentence of one without the sentence before it', () => {
    for (const request of [
      ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
      ...[1, 2, 3, 4, 5, 6, 7].map((sentences) => ({ sentences })),
    ]) {
      const ids = summarize(article, request).sentences.map((sentence) => sentence.id);
      for (const [at, id] of ids.entries()) {
        const passage = article.sentences.find((sentence) => sentence.id === id)!;
        if (goesOnQuoting(passage, article.sentences))
          expect(ids[at - 1], `${JSON.stringify(request)}: ${passage.text}`).toBe(
            article.sentences[passage.index - 1]!.id,
          );
      }
    }
  });

  it('given a topic found only in a quotation’s later sentence then its summary brings the sentences back to the speaker, or leaves it out', () => {
    const summary = summarize(article, { topic: 'bread' });
    const texts = summary.sentences.map((sentence) => sentence.text);
    expect(texts.some((text) => text.includes('bread'))).toBe(true);
    expect(texts[0]).toMatch(/^"The island has one doctor/);
  });
});

describe('a reply to a question before it in a summary', () => {
  it('given a post whose paragraph asks a question and answers "Yes, but…" then no summary opens a point on the answer alone', () => {
    const post = fixtureArticle(
      'winter-walking',
      [
        'Last winter I walked the four miles to work every day, and I learned a great deal about boots.',
        'Good boots cost £120 and last three winters. Cheap ones leak by January.',
        'Ice is the real danger. I fell twice on the bridge, and then I bought spikes for my boots.',
        'Walking saved me £900 in bus fares over the winter, and I slept better than I have for years.',
        'Would I do it again? Yes, but I would buy the spikes in October.',
      ],
      { title: 'What a Winter of Walking to Work Taught Me' },
    );
    for (const request of [
      ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
      ...[1, 2, 3, 4, 5].map((sentences) => ({ sentences })),
    ]) {
      const texts = summarize(post, request).sentences.map((sentence) => sentence.text);
      const at = texts.findIndex((text) => text.startsWith('Yes, but'));
      if (at >= 0) expect(texts[at - 1], JSON.stringify(request)).toBe('Would I do it again?');
    }
  });
});
