import { describe, expect, it } from 'vitest';
import { Bot, Library, quoteCommand, resolveCommandText, type Caller } from '../../src/index.js';
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

  it('given the bundled article then its own examples stay', () => {
    expect(examplesOf(new Bot(Library.create([seedArticle()])), 'quote')).toContain(
      '/quote red line article:north-korea private:true',
    );
  });
});
