import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { DEFAULT_NAMES } from '../adapters/slack/fixtures.js';

// Two speakers on the harbour, one of whom also speaks of the ferry; a teacher's notes name both.
const mayor = smallArticle(
  'mayor-speech',
  'The mayor on the harbour',
  ['The harbour must stay open to fishing boats.', 'The ferry will run every hour from May.'],
  'Ada Marsh',
  '2023-02-01',
);
const chair = smallArticle(
  'chair-speech',
  'The chair on the harbour',
  ['The harbour should become a marina for visitors.', 'We thank the volunteers.'],
  'Omar Reyes',
  '2023-05-01',
);
const notes = smallArticle(
  'class-notes',
  'Class notes',
  ['Marsh and Reyes disagreed about the harbour and the ferry.'],
  'Ms Harper',
  '2024-01-01',
);
const bot = new Bot(Library.create([mayor, chair, notes], { lexicon: wordnetLexicon() }));
const say = async (line: string) =>
  (await answerLine(bot, line, { followUps: undefined }, { color: false })) ?? '';

describe('"compare what X and Y said about Z" of two authors (new-user pass 21)', () => {
  it('given two authors who both speak of the topic, then the reply says how to quote each on it, not one note that names both', async () => {
    const answer = await say('compare what marsh and reyes said about the harbour');
    expect(answer).toBe(
      'I cannot compare texts myself, but I can quote each of them on “the harbour”: /quote the harbour author:marsh for Ada Marsh; /quote the harbour author:reyes for Omar Reyes.',
    );
  });

  it('given one of them never speaks of the topic, then the reply says so plainly', async () =>
    expect(await say('can you compare marsh with reyes on the ferry?')).toBe(
      'I cannot compare texts myself, but I can quote each of them on “the ferry”: /quote the ferry author:marsh for Ada Marsh; Omar Reyes never speaks of it here.',
    ));

  it('given a name that is no author, then the message is read as before, not as a comparison', () => {
    const reply = bot.handle(bot.read('compare the harbour and the ferry'));
    expect(reply.kind === 'help' && reply.compare !== undefined).toBe(false);
  });

  it('given the comparison on Discord and Slack, then each writes the commands its own way', () => {
    const reply = bot.handle(bot.read('compare what marsh and reyes said about the harbour'));
    expect(renderForDiscord(reply, false).content).toContain(
      '`/quote the harbour author:marsh` for Ada Marsh',
    );
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks)).toContain('author:reyes');
  });
});

describe('"compare the 1861 and 1865 addresses": two articles, not two authors (new-user pass 21)', () => {
  const address = (year: string, sentences: readonly string[]) =>
    smallArticle(
      `harbour-address-${year}`,
      `Harbour Address ${year}`,
      sentences,
      'Ada Marsh',
      `${year}-06-01`,
    );
  const archive = new Bot(
    Library.create(
      [
        address('1901', [
          'The harbour must stay open to fishing boats.',
          'The new quay will be finished by winter.',
        ]),
        address('1905', ['The harbour has doubled its landings.', 'The ferry will run every hour from May.']),
        notes,
      ],
      { lexicon: wordnetLexicon() },
    ),
  );
  const ask = async (line: string) =>
    (await answerLine(archive, line, { followUps: undefined }, { color: false })) ?? '';

  it('given two articles named with their kind once, in the plural, then the reply says how to summarise each', async () =>
    expect(await ask('compare the 1901 and 1905 addresses')).toBe(
      'I cannot compare texts myself, but I can summarise each of them: /summary article:harbour-address-1901 for “Harbour Address 1901”; /summary article:harbour-address-1905 for “Harbour Address 1905”.',
    ));

  it('given a topic only one of them speaks of, then the reply says how to quote that one and that the other says nothing of it', async () =>
    expect(await ask('compare the 1901 address with the 1905 address on the ferry')).toBe(
      'I cannot compare texts myself, but I can quote each of them on “the ferry”: “Harbour Address 1901” says nothing of it; /quote the ferry article:harbour-address-1905 for “Harbour Address 1905”.',
    ));

  it('given words that name one article only, then it is no comparison', () => {
    const reply = archive.handle(archive.read('compare the 1901 address and the ferry'));
    expect(reply.kind === 'help' && reply.compare !== undefined).toBe(false);
  });
});
