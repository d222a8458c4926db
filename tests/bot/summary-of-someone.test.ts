import { describe, expect, it } from 'vitest';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/**
 * A news story that quotes a councillor and a baker, and a piece on the harbour: no text says "energy". With
 * the dictionary, as the bot runs: "hale" is an everyday word too, and the texts write it as a name.
 */
const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'bridge-closes',
        'Council votes to close Millbrook bridge for repairs',
        [
          'Drivers in Millbrook face a six-month detour after the council voted to close the old stone bridge for repairs.',
          'Engineers found cracks in two of the bridge’s three arches during an inspection in January.',
          '"We cannot wait for the bridge to fail," said Councillor Margaret Hale, who chairs the transport committee.',
          '"Half my customers come over that bridge," said baker Tom Reid.',
          'Hale said the council would also look again at the town’s bus routes.',
        ],
        'Ana Silva',
      ),
      smallArticle('harbour', 'Harbour to close to cargo', [
        'The old harbour will close to cargo ships next year, the harbour board said.',
        'Traffic at the old harbour fell by 40% last year.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  ),
);

const reply = (text: string): BotReply => bot.handle(bot.read(text));

describe('summarize what someone says about something', () => {
  it('given a name no article is by and the texts never say then the reply names that name alone, not the topic with it', () => {
    for (const text of [
      'summarize what obama says about energy',
      'summarize what does obama say about energy?',
      'summarize what jimmy carter said about energy',
    ])
      expect(reply(text), text).toMatchObject({
        kind: 'unknown-author',
        author: text.includes('carter') ? 'jimmy carter' : 'obama',
      });
  });

  it('given "what do the articles say about" a topic then it is the topic across the library, no author "do the articles"', () => {
    expect(bot.read('what do the articles say about the harbour?')).not.toHaveProperty('author');
    // The one article that discusses it, whose title names it, is what was meant.
    expect(reply('what do the articles say about the harbour?')).toMatchObject({
      kind: 'summary',
      summary: { article: { slug: 'harbour' } },
    });
  });

  it('given someone an article quotes and no article is by then it is their words on the topic, not the whole story', () => {
    const said = reply('summarize what hale says about the bridge');
    expect(said.kind).toBe('library-summary');
    if (said.kind !== 'library-summary' || said.summary.kind !== 'found') throw new Error(said.kind);
    const sentences = said.summary.excerpts.flatMap((excerpt) => excerpt.sentences.map((s) => s.text));
    // Their words on the bridge first; anything else of theirs after, and nothing of the story's that is not.
    expect(sentences[0]).toBe(
      '"We cannot wait for the bridge to fail," said Councillor Margaret Hale, who chairs the transport committee.',
    );
    for (const sentence of sentences) expect(sentence).toMatch(/\bHale\b/);
  });
});
