import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

/** A show's mailbag: the host is the author; the producer reads a listener's letter out. */
const bot = new Bot(
  Library.create([
    smallArticle(
      'listener-mail',
      'Listener Mail',
      [
        'Every few months Rosa and producer Omar Price open the inbox and read your letters on air.',
        'Rosa: Omar, we got a lot of mail this time.',
        'Omar: We did, and the first letter is from Sam in Leeds. Sam writes: "Your episode on night shifts got me through a winter of them."',
        'Rosa: We hear you, Sam.',
        'Omar: Keep writing in.',
      ],
      'Rosa Hale',
    ),
  ]),
);
const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

describe('"who said that?" after a letter read out on a show', () => {
  it("given the producer read Sam's letter, then the answer is Sam, read by the producer, not the host", () => {
    expect(converse(bot, '/quote night shifts winter', key, 0).kind).toBe('quote');
    const source = converse(bot, 'who said that?', key, 1);
    expect(source).toMatchObject({ kind: 'source', speaker: 'Sam', readBy: 'Omar Price' });
  });

  it('given it in the chat, then the words name the writer and the reader', async () => {
    const chat = { followUps: undefined };
    await answerLine(bot, '/quote night shifts winter', chat, { color: false });
    const said = await answerLine(bot, 'who said that?', chat, { color: false });
    expect(said).toContain('Sam, read by Omar Price, in “Listener Mail”');
  });
});
