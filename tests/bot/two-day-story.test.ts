import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library, type BotReply } from '../../src/index.js';
import type { ChatState } from '../../adapters/console/console-chat.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A story over two days: the first report (Monday) says "bridge" most, the follow-up (Tuesday) is newer.
const library = Library.create(
  [
    smallArticle(
      'bridge-closed',
      'Old bridge closed after cracks found in the bridge',
      [
        'The old bridge over the river was closed on Monday after engineers found cracks in the bridge arches.',
        'Drivers face a detour of six miles while the bridge is inspected, the council said.',
      ],
      'Nina Holt',
      '2024-04-08',
    ),
    smallArticle(
      'bridge-reopens',
      'Cars back on the river crossing next week',
      [
        'The bridge will reopen to cars next week after engineers said the cracks were not deep.',
        'Lorries will stay on the detour until the summer, the council said.',
      ],
      'Omar Reyes',
      '2024-04-09',
    ),
    smallArticle(
      'council-budget',
      'Council sets budget for the year',
      ['The council agreed a budget that raises council tax to pay for road repairs.'],
      'Nina Holt',
      '2024-02-28',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const slugOf = (reply: BotReply): string =>
  reply.kind === 'quote' ? reply.hit.article.slug : `(${reply.kind})`;

describe('a story over two days: the latest on it', () => {
  it('given a plain search for the bridge, then the first report ranks first (so the tests below are about dates)', () => {
    expect(slugOf(bot.handle(bot.read('/quote bridge')))).toBe('bridge-closed');
  });

  it('given "what\'s the latest on the bridge?", then the quote is from the newer report', () => {
    for (const line of [
      "what's the latest on the bridge?",
      'any updates on the bridge?',
      'the most recent news about the bridge',
      'anything newer about the bridge?',
    ])
      expect([line, slugOf(bot.handle(bot.read(line)))]).toEqual([line, 'bridge-reopens']);
  });

  it('given "anything newer on this?" after a quote from the first report, then a newer article on it answers', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    expect(await say('/quote bridge')).toContain('Nina Holt');
    const newer = await say('anything newer on this?');
    expect(newer).toContain('Omar Reyes');
    expect(newer).toContain('2024-04-09');
  });

  it('given "anything newer on this?" after a quote from the newest, then the reply says plainly there is none', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    expect(await say('/quote reopen')).toContain('Omar Reyes');
    expect(await say('anything newer on this?')).toBe(
      'No newer article here is about that: “Cars back on the river crossing next week”, 2024-04-09, is the latest.',
    );
  });

  it('given "anything newer on this?" with nothing asked before, then it asks for a quote first', async () => {
    expect(
      await answerLine(bot, 'anything newer on this?', { followUps: undefined }, { color: false }),
    ).toMatch(/^Ask for a quote first/);
  });
});

describe('a summary of the latest on a story', () => {
  const summaryOf = (reply: BotReply): { slug: string; topic: string | null } | string =>
    reply.kind === 'summary' ? { slug: reply.summary.article.slug, topic: reply.summary.topic } : reply.kind;

  it('given "summarize the bridge", then what every report says (so the test below is about dates)', () =>
    expect(bot.handle(bot.read('summarize the bridge')).kind).toBe('library-summary'));

  it('given "summarize the latest on the bridge", then it is the newest report\'s summary on the bridge, not both reports\'', () => {
    for (const line of [
      'summarize the latest on the bridge',
      'summarise the newest on the bridge',
      'give me a summary of the latest news about the bridge',
      'tl;dr of the most recent on the bridge',
    ])
      expect([line, summaryOf(bot.handle(bot.read(line)))]).toEqual([
        line,
        { slug: 'bridge-reopens', topic: 'bridge' },
      ]);
  });

  it('given "anything newer?" after a summary of the latest, then the reply says plainly that it is the latest', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    expect(await say('summarize the latest on the bridge')).toContain('Cars back on the river crossing');
    expect(await say('anything newer?')).toBe(
      'No newer article here is about that: “Cars back on the river crossing next week”, 2024-04-09, is the latest.',
    );
  });

  it('given "anything newer on this?" after a summary of the older report on the bridge, then the newer report answers', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    expect(await say('/summary topic:bridge article:bridge-closed')).toContain('Old bridge closed');
    expect(await say('anything newer on this?')).toContain('Omar Reyes');
  });
});

describe('the latest on a story is the newest report’s lead', () => {
  const story = Library.create(
    [
      smallArticle(
        'bridge-closed',
        'Old bridge closed after cracks found',
        ['The old bridge over the river was closed on Monday after engineers found cracks.'],
        'Nina Holt',
        '2024-04-08',
      ),
      smallArticle(
        'bridge-reopens',
        'Cars back on the river crossing next week',
        [
          'The old bridge will reopen to cars next week after engineers said the cracks in its arches were not deep.',
          'Lorries will stay on the detour until the summer, the council said.',
          'Shops near the bridge welcomed the news.',
        ],
        'Omar Reyes',
        '2024-04-09',
      ),
    ],
    { lexicon: wordnetLexicon() },
  );
  const storyBot = new Bot(story);
  const textOf = (reply: BotReply): string => (reply.kind === 'quote' ? reply.hit.passage.text : reply.kind);

  it('given a plain search, then the shortest sentence with the word comes first (so the test below is about the lead)', () => {
    expect(textOf(storyBot.handle(storyBot.read('/quote bridge article:bridge-reopens')))).toBe(
      'Shops near the bridge welcomed the news.',
    );
  });

  it('given "what\'s the latest on the bridge?", then the answer is the newer report’s lead, and Next walks on', () => {
    const reply = storyBot.handle(storyBot.read("what's the latest on the bridge?"));
    expect(textOf(reply)).toMatch(/^The old bridge will reopen to cars next week/);
    const next = reply.kind === 'quote' ? reply.followUps.next : undefined;
    expect(next).toBeDefined();
    expect(textOf(storyBot.handle(next!))).toBe('Shops near the bridge welcomed the news.');
  });
  it('given "what\'s the latest on the bridge?" on the console, then the lead is match 1 of 2, and /next walks on to the rest and back to the lead', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(storyBot, line, state, { color: false });
    const first = await say("what's the latest on the bridge?");
    expect(first).toContain('The old bridge will reopen to cars next week');
    expect(first).toContain('match 1 of 2');
    expect(first).not.toContain('goes back to the first');
    const second = await say('/next');
    expect(second).toContain('Shops near the bridge welcomed the news.');
    expect(second).toContain('match 2 of 2');
    const third = await say('/next');
    expect(third).toContain('The old bridge will reopen to cars next week');
    expect(third).toContain('match 1 of 2');
  });

  it('given the lead quoted first, then its follow-ups (Next, Context, Share, Card) carry the lead-first order', () => {
    const reply = storyBot.handle(storyBot.read("what's the latest on the bridge?"));
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.position).toBe(0);
    const { next, share, card } = reply.followUps;
    for (const request of [next, share, card]) expect(request?.leadFirst).toBe(true);
    expect(textOf(storyBot.handle(share))).toMatch(/^The old bridge will reopen/);
  });
});
