import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { attributionOf } from '../../src/content/article.js';
import { Bot, followUp, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// Two presidents' messages that both tell of troops; the other's says "he asked" outright.
const library = Library.create(
  [
    smallArticle(
      'lincoln-1861',
      'State of the Union Address 1861',
      [
        'Labor is prior to and independent of capital.',
        'In April I asked the States for seventy-five thousand troops to defend the Union.',
      ],
      'Abraham Lincoln',
      '1861-12-03',
    ),
    smallArticle(
      'johnson-1865',
      'State of the Union Address 1865',
      ['In May he will ask for troops.'],
      'Andrew Johnson',
      '1865-12-04',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);

describe('a follow-up question with "he", "she" or "they"', () => {
  it('given a Lincoln quote, then "when did he ask for troops" is asked of Lincoln, and quotes him', async () => {
    const state: ChatState = { followUps: undefined };
    const say = async (line: string): Promise<string> =>
      (await answerLine(bot, line, state, { color: false })) ?? '';
    expect(await say('what did lincoln say about labor')).toContain('Labor is prior');
    const asked = await say('when did he ask for troops');
    expect(asked).toContain('seventy-five thousand troops');
    expect(asked).toContain('Abraham Lincoln');
  });

  it('given a quote of Lincoln remembered, then the question is read with his name for "he"', () => {
    const article = library.article('lincoln-1861')!;
    const quoted = article.sentences[0]!;
    const share = { kind: 'quote' as const, query: 'labor' };
    const asked = followUp(bot, 'when did he ask for troops', {
      followUps: { share },
      quoted,
      article: attributionOf(article),
    });
    expect(asked).toEqual({ request: { kind: 'help', unknown: 'when did Abraham Lincoln ask for troops' } });
  });

  it('given no quote before, then the question is read as it is', () => {
    expect(followUp(bot, 'when did he ask for troops', { followUps: undefined })).toEqual({
      request: { kind: 'help', unknown: 'when did he ask for troops' },
    });
  });

  it('given a quote of two researchers, then "what did they use to measure superoxide" is asked as typed, as the name finds nothing', () => {
    const article = lab.article('heat-paper')!;
    const asked = followUp(labBot, 'what did they use to measure superoxide', {
      followUps: { share: { kind: 'quote' as const, query: 'larvae' } },
      quoted: article.sentences[0]!,
      article: attributionOf(article),
    });
    expect(asked).toEqual({ request: { kind: 'help', unknown: 'what did they use to measure superoxide' } });
  });

  it('given a quote of a baker, then "how long did they prove the dough" is asked as typed, as the name finds nothing', () => {
    const article = lab.article('bread')!;
    const asked = followUp(labBot, 'how long did they prove the dough', {
      followUps: { share: { kind: 'quote' as const, query: 'dough' } },
      quoted: article.sentences[0]!,
      article: attributionOf(article),
    });
    expect(asked).toEqual({ request: { kind: 'help', unknown: 'how long did they prove the dough' } });
  });
});

// "they" of a research question is the researchers of any paper, not the names of the last quote's authors: the
// answer may be another article's.
const lab = Library.create(
  [
    smallArticle(
      'heat-paper',
      'Heat stress in larval fish',
      ['Heated larvae swam a third slower than the controls.'],
      'Aiko Tanaka and Maria Lindqvist',
    ),
    smallArticle(
      'protocol',
      'A staining protocol',
      ['Superoxide was measured with MitoSOX Red.'],
      'Ben Hollis',
    ),
    smallArticle('bread', 'Weekend sourdough', ['The loaf rose well in the warm kitchen.'], 'Nadia Brook'),
    smallArticle('baking-notes', 'Baking notes', ['The dough was left to prove for two hours.'], 'Sam Oduya'),
  ],
  { lexicon: wordnetLexicon() },
);
const labBot = new Bot(lab);
