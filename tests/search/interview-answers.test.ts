import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A Q/A interview whose answers share no word with their questions, after an introduction that names her. */
const CHEESEMAKER = [
  'Ines Varga has made cheese in the hills above Corran for twenty years, and her blue won gold in Lyon last spring. We asked her about it.',
  'Q: What is the secret of a good blue?',
  'A: Patience, mostly. A wheel needs ninety days in the cave before anyone cuts it.',
  'Q: Do you export your cheese?',
  'A: Only to three shops in Paris. The rest goes to the market on Saturdays.',
  'Q: What worries you about the future?',
  'A: Milk prices, more than anything. New hygiene rules are a nuisance too, but the inspectors have always been fair with small dairies.',
];

/** The same interview with the speakers named before a colon: the one who answers is named in full only above. */
const NAMED = [
  CHEESEMAKER[0]!,
  ...CHEESEMAKER.slice(1).map((text) => text.replace(/^Q: /, 'HALE: ').replace(/^A: /, 'VARGA: ')),
];

/** An ordinary story that asks a question in one paragraph and answers it in the next. */
const ORDINARY = [
  'What is the secret of a good loaf?',
  'Patience, says the baker on Mill Street. His dough rests for two days before it is baked.',
];

const library = (...articles: (readonly string[])[]): Library =>
  Library.create(
    articles.map((body, k) => smallArticle(`text-${k}`, `Text ${k}`, body, 'Ray Hale')),
    { lexicon: wordnetLexicon() },
  );

describe("an interview's questions as context for their answers", () => {
  const interview = library(CHEESEMAKER);

  it('given a query in the words of a question its answer does not say, then the answer is found, never the question', () => {
    expect(hitTexts(interview, 'what is the secret of a good blue?')[0]).toBe('Patience, mostly.');
    expect(hitTexts(interview, 'do you export your cheese')[0]).toBe('Only to three shops in Paris.');
    const asked = hitTexts(interview, 'what worries you about the future?');
    expect(asked[0]).toBe('Milk prices, more than anything.');
    expect(asked.some((text) => text.includes('?'))).toBe(false);
  });

  it("given a query in the question's words, then only that question's answer is found: not another's", () => {
    const hits = hitTexts(interview, 'do you export your cheese');
    expect(hits).toEqual(['Only to three shops in Paris.', 'The rest goes to the market on Saturdays.']);
  });

  it('given "what did <the interviewee> say about X", then her answer that says X comes before the introduction that names her', () => {
    const hits = hitTexts(interview, 'what did ines varga say about the inspectors?');
    expect(hits[0]).toMatch(/^New hygiene rules are a nuisance too, but the inspectors/);
  });

  it('given her name alone, then the introduction that names her answers, not every answer of hers', () => {
    expect(hitTexts(interview, 'ines varga')).toEqual([
      CHEESEMAKER[0]!.replace(' We asked her about it.', ''),
    ]);
  });

  it('given queries about nothing the interview asks or says, then nothing is found', () => {
    expect(hitTexts(interview, 'what is the weather like?')).toEqual([]);
    expect(hitTexts(interview, 'do you export cars')).toEqual([]);
  });

  it('given speakers named before a colon, then the questions find their answers, and the name the text gives in full finds hers', () => {
    const named = library(NAMED);
    expect(hitTexts(named, 'what is the secret of a good blue?')[0]).toBe('Patience, mostly.');
    expect(hitTexts(named, 'what did ines varga say about the inspectors?')[0]).toMatch(
      /the inspectors have/,
    );
  });

  it('given an ordinary story that asks and then answers, then its question is no context: it answers as before', () => {
    const story = library(ORDINARY);
    expect(hitTexts(story, 'what is the secret of a good loaf?')).toEqual([
      'What is the secret of a good loaf?',
    ]);
  });

  it.each([
    ['do you export your cheese?', 'Only to three shops in Paris.'],
    ['what worries you about the future?', 'Milk prices, more than anything.'],
  ])(
    "given %j put to the bot in chat, words only its question says, then they are the library's and it quotes the answer",
    (message, answer) => {
      const bot = new Bot(library(CHEESEMAKER, ORDINARY));
      const reply = bot.handle(bot.read(message));
      expect(reply.kind).toBe('quote');
      if (reply.kind === 'quote') expect(reply.hit.passage.text).toBe(answer);
    },
  );
});
