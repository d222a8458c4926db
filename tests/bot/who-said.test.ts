import { describe, expect, it } from 'vitest';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** Sentences of a new user's library (a local story, a German one and a French one), as their articles give them. */
const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'millbrook-bridge',
        'Council votes to close Millbrook bridge for repairs',
        [
          'Drivers in Millbrook face a six-month detour after the town council voted on Tuesday to close the old bridge.',
          'Shop owners on Mill Street said they feared a drop in trade. "Half my customers come over that bridge," said baker Tom Reid.',
        ],
        'Ana Silva',
      ),
      smallArticle(
        'die-bahn',
        'Die Bahn kommt zu spät',
        [
          'Die Deutsche Bahn hat im vergangenen Jahr so viele Verspätungen gemeldet wie nie zuvor.',
          '„Wir brauchen keine neuen Versprechen, sondern neue Gleise“, sagte Karl-Heinz Vogel vom Fahrgastverband Pro Bahn.',
        ],
        'Klaus Meier',
      ),
      smallArticle(
        'boulangeries',
        'Les boulangeries de village ferment une à une',
        [
          'Dans les campagnes françaises, les boulangeries ferment les unes après les autres.',
          "« Sans boulangerie, le village meurt », explique Jeanne Martin, maire d'une commune de quatre cents habitants.",
        ],
        'Claire Dubois',
      ),
    ],
    { lexicon: wordnetLexicon() },
  ),
);

const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

/** Who "who said that?" names after a quote of `query`: the speaker, null for "does not say", undefined for the byline. */
function whoSaid(query: string, at: number): string | null | undefined {
  const quote = converse(bot, `/quote ${query}`, key, at);
  if (quote.kind !== 'quote') throw new Error(quote.kind);
  const source = converse(bot, 'who said that?', key, at + 1);
  if (source.kind !== 'source') throw new Error(source.kind);
  return source.speaker;
}

describe('"who said that?" of people named by where they are', () => {
  it('given shop owners on a street said it, then it is the shop owners, never the street', () =>
    expect(whoSaid('shop owners trade', 0)).toBe('shop owners'));

  it('given "what else did they say?" after it, then the article quotes them no more, and no street is named', () => {
    converse(bot, '/quote shop owners trade', key, 10);
    const reply = converse(bot, 'what else did they say?', key, 11);
    expect(JSON.stringify(reply)).not.toContain('Mill Street');
  });
});

describe('"who said that?" of a quotation in German or French', () => {
  it("given „…“, sagte Karl-Heinz Vogel, then it is Karl-Heinz Vogel, not the article's author", () =>
    expect(whoSaid('Gleise', 20)).toBe('Karl-Heinz Vogel'));

  it("given « … », explique Jeanne Martin, then it is Jeanne Martin, not the article's author", () =>
    expect(whoSaid('boulangerie village meurt', 30)).toBe('Jeanne Martin'));
});

describe('"who said that?" of an interview\'s answer', () => {
  const interview = (intro: string): Bot =>
    new Bot(
      Library.create([
        smallArticle(
          'keeper',
          'Five minutes with the lighthouse keeper',
          [
            intro,
            'Q: What is the hardest part of the job?',
            'A: The winter storms, without a doubt. The lamp room shakes.',
            'Q: Would you do it again?',
            'A: Every day of my life.',
          ],
          'Lee Grant',
        ),
      ]),
    );
  const said = (interviewBot: Bot, query: string): string | null | undefined => {
    const quote = converse(interviewBot, `/quote ${query}`, key, 40);
    if (quote.kind !== 'quote') throw new Error(quote.kind);
    const source = converse(interviewBot, 'who said that?', key, 41);
    if (source.kind !== 'source') throw new Error(source.kind);
    return source.speaker;
  };

  it('given an introduction that names her, then it is the interviewee, not the interviewer who wrote it up', () =>
    expect(
      said(
        interview('Nora Flint has kept the Eastpoint light for thirty years. We asked her why.'),
        'lamp room shakes',
      ),
    ).toBe('Nora Flint'));

  it('given an introduction that names no one, then the article does not say, and the writer is not credited', () =>
    expect(
      said(interview('The Eastpoint light turns 150 this year. We asked its keeper why.'), 'winter storms'),
    ).toBeNull());
});

describe('"who said that?" of words "she said" after a sentence that names her doing something', () => {
  const match = new Bot(
    Library.create(
      [
        smallArticle(
          'derby',
          'Harbury Town 3-2 Millbrook Rovers',
          [
            'Harbury Town came from behind to beat Millbrook Rovers 3-2 in the derby on Saturday.',
            'Town manager Ellen Marsh changed both full-backs at the interval. "We were too polite in the first half," she said.',
          ],
          'Sam Ortiz',
        ),
      ],
      { lexicon: wordnetLexicon() },
    ),
  );

  it('given the manager named in the sentence before, then it is the manager, not "the article does not say"', () => {
    const quote = converse(match, '/quote too polite in the first half', key, 40);
    expect(quote.kind).toBe('quote');
    const source = converse(match, 'who said that?', key, 41);
    expect(source.kind === 'source' && source.speaker).toBe('Ellen Marsh');
  });
});

describe('"who said that?" of a local news story that names a shop owner and a worker by a clause or a job', () => {
  const news = new Bot(
    Library.create(
      [
        smallArticle(
          'ferry-stops',
          'Ferry stops for the winter',
          [
            'The island ferry will not sail again until March. Ann Boyd, who runs the Pier Café, said her trade had halved. "Nobody can reach us. If this lasts until spring, some of us will close," she said.',
            'The plumber Joe Marsh, who has lived on the island for 30 years, said the news was a blow. "We feared the worst. My father worked the ferry. Now my van stays on the mainland," he said.',
          ],
          'Lena Hart',
        ),
      ],
      { lexicon: wordnetLexicon() },
    ),
  );
  const asked = (query: string, at: number): string | null | undefined => {
    const quote = converse(news, `/quote ${query}`, key, at);
    if (quote.kind !== 'quote') throw new Error(quote.kind);
    const source = converse(news, 'who said that?', key, at + 1);
    if (source.kind !== 'source') throw new Error(source.kind);
    return source.speaker;
  };

  it('given "…," she said after "Ann Boyd, who runs the Pier Café, said", then it is Ann Boyd, not the café', () =>
    expect(asked('some of us will close', 100)).toBe('Ann Boyd'));

  it('given "…," he said after "The plumber Joe Marsh, who…, said", then it is Joe Marsh, not "the article does not say"', () =>
    expect(asked('my van stays on the mainland', 110)).toBe('Joe Marsh'));
});
