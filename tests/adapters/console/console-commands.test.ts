import { describe, expect, it } from 'vitest';
import { answerLine } from '../../../adapters/console/console-chat.js';
import { topicLibraryBot } from '../../helpers/topic-library.js';

const bot = topicLibraryBot();
const ask = (line: string) => answerLine(bot, line, { followUps: undefined }, { color: false });

describe('console chat: command lines', () => {
  it('given /daily, with or without a sub-command, then it says daily quotes need a channel the console lacks', async () => {
    for (const line of ['/daily', '/daily status', '/daily set time:09:00 timezone:Europe/Berlin']) {
      const text = (await ask(line))!;
      expect(text).toContain('Discord or Slack channel');
      expect(text).not.toContain('did not understand');
    }
  });

  it('given "who is jo reporter?" then the author and their articles answer, as on Discord and Slack', async () => {
    const text = (await ask('who is jo reporter?'))!;
    expect(text.split('\n')[0]).toBe('Jo Reporter');
    expect(text).toContain('Eastham port to close old harbour to cargo ships');
  });

  it('given /summary topic: with a topic of two words unquoted then both words are the topic', async () => {
    const quoted = await ask('/summary topic:"harbour budget"');
    expect(await ask('/summary topic:harbour budget')).toBe(quoted);
    expect(quoted).not.toMatch(/There is no article/);
  });
});
