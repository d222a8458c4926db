import { describe, expect, it } from 'vitest';
import {
  Bot,
  Library,
  parseArticle,
  quoteCommand,
  resolveCommandText,
  type Caller,
} from '../../src/index.js';
import { seedArticle, smallArticle } from '../helpers/content.js';

const examplesOf = (bot: Bot, command: string): readonly string[] => {
  const reply = bot.handle({ kind: 'help', command });
  if (reply.kind !== 'help') throw new Error(reply.kind);
  return reply.commands[0]!.examples ?? [];
};

describe('help examples', () => {
  it('given a library of its own then an author, article or words it lacks are its newest article’s', () => {
    const own = new Bot(
      Library.create([
        smallArticle(
          'beekeeping-in-cities',
          'Beekeeping in cities',
          ['Rooftop beekeeping is back in the city.', 'The hives are on the roofs of the old mills.'],
          'Ana Silva',
        ),
      ]),
    );
    expect(examplesOf(own, 'quote')).toEqual([
      '/quote beekeeping',
      '/quote',
      '/quote author:silva',
      '/quote beekeeping article:beekeeping-in-cities private:true',
      '/quote beekeeping card:true',
    ]);
    expect(examplesOf(own, 'summary')).toContain('/summary topic:beekeeping article:beekeeping-in-cities');
    const caller: Caller = { platform: 'terminal', channelId: '', workspaceId: null, userId: null };
    for (const example of examplesOf(own, 'quote')) {
      const resolved = resolveCommandText(quoteCommand, example.replace(/^\/quote ?/, ''), caller);
      if (resolved.kind !== 'request' || resolved.request.kind !== 'quote') throw new Error(example);
      expect(own.handle(resolved.request).kind, example).toBe('quote');
    }
  });

  it('given a newest article too short to give examples (a one-line note), then they are the next newest article’s, never the bundled article’s', () => {
    const note = parseArticle(
      'a-thought-on-tea.md',
      '---\ntitle: A thought on tea\nauthor: Me\npublication: Notes\ndate: 2025-01-01\n---\n\nTea tastes better when someone else makes it.\n',
    );
    const own = new Bot(
      Library.create([
        note,
        smallArticle(
          'beekeeping-in-cities',
          'Beekeeping in cities',
          ['Rooftop beekeeping is back in the city.', 'The hives are on the roofs of the old mills.'],
          'Ana Silva',
        ),
      ]),
    );
    expect(own.library.articles[0]?.slug).toBe('a-thought-on-tea');
    const examples = ['quote', 'summary', 'card'].flatMap((command) => examplesOf(own, command));
    expect(examples).toContain('/quote author:silva');
    expect(examples).toContain('/summary topic:beekeeping article:beekeeping-in-cities');
    expect(examples.join(' ')).not.toMatch(/ballbach|north-korea|election|sanctions/);
  });

  it('given a topic the library has but not the article the example names, then the topic is one that article discusses', () => {
    const bot = new Bot(
      Library.create([
        smallArticle('a-quick-thought', 'A quick thought', [
          'A thought: the best quotes are the ones you did not expect to find.',
        ]),
        smallArticle('trade-sanctions', 'Trade sanctions', [
          'New sanctions were announced against the regime on Monday.',
          'Exporters say the sanctions will hurt farmers first.',
        ]),
      ]),
    );
    const examples = examplesOf(bot, 'summary');
    const withArticle = examples.find((example) => example.includes('article:'));
    expect(withArticle).toMatch(/^\/summary topic:\S+ article:\S+$/);
    const [, topic, article] = /topic:(\S+) article:(\S+)/.exec(withArticle!)!;
    const reply = bot.handle({ kind: 'summary', topic, article });
    expect(reply.kind === 'summary' && reply.summary.found, withArticle).toBe(true);
    expect(examples).toContain('/summary topic:sanctions');
  });

  it('given the bundled article then its own examples stay', () => {
    expect(examplesOf(new Bot(Library.create([seedArticle()])), 'quote')).toContain(
      '/quote red line article:north-korea private:true',
    );
  });
});
