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

  it('given /summary topic: with a topic of two words unquoted then both words are the topic', async () => {
    const quoted = await ask('/summary topic:"harbour budget"');
    expect(await ask('/summary topic:harbour budget')).toBe(quoted);
    expect(quoted).not.toMatch(/There is no article/);
  });
});
