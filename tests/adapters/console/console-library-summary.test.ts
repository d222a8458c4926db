import { describe, expect, it } from 'vitest';
import { answerLine } from '../../../adapters/console/console-chat.js';
import { topicLibraryBot } from '../../helpers/topic-library.js';

const bot = topicLibraryBot();
const ask = (line: string) => answerLine(bot, line, { followUps: undefined }, { color: false });

describe('console chat: /summary across the library', () => {
  it('given /summary topic:harbour then it prints what each article says, attributed and linked, most relevant first', async () => {
    const text = (await ask('/summary topic:harbour'))!;
    expect(text.startsWith('What 2 articles say about harbour:')).toBe(true);
    expect(text).toContain('— Jo Reporter, Eastham News, 2024-02-03 https://example.org/harbour');
    expect(text.indexOf('Eastham port')).toBeLessThan(text.indexOf('Ferries will keep their berths'));
    expect(text).not.toContain('tram');
  });

  it('given "summarize what the articles say about the harbour" then it answers the same way', async () => {
    expect(await ask('summarize what the articles say about the harbour')).toMatch(
      /^What 2 articles say about/,
    );
  });

  it('given a topic no article discusses then it says so plainly', async () => {
    expect(await ask('/summary topic:bitcoin')).toBe('No article in the library discusses bitcoin.');
  });

  it('given /summary sentences:3 article:<slug> then the summary has exactly 3 sentences', async () => {
    const text = (await ask('/summary sentences:3 article:harbour-closes'))!;
    expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(3);
  });

  it('given /summary sentences:99 then it is a usage error naming the option', async () => {
    expect(await ask('/summary sentences:99')).toMatch(/^“99” is not valid for sentences/);
  });
});
