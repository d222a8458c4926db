import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { topicLibraryBot } from '../helpers/topic-library.js';

describe('an article that does not discuss the topic asked (new-user pass 18, #12)', () => {
  const bot = topicLibraryBot();
  const reply = bot.handle({ kind: 'summary', article: 'harbour-closes', topic: 'trams' });

  it('given the reply, then it says so and offers the summary of the whole library', () => {
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toBe(
      '“Eastham port to close old harbour to cargo ships” does not discuss trams. /summary topic:trams asks the whole library.',
    );
    expect(renderForDiscord(reply, false).content).toContain(
      '`/summary topic:trams` asks the whole library.',
    );
  });
});
