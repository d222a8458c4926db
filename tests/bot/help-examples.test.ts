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

  it('given a newest article that is short notes beside longer sources, then the examples are the article with the most sentences, not the notes’', () => {
    const notes = smallArticle(
      'themes-at-a-glance',
      'Themes at a glance',
      ['1887: main themes the tariff and the surplus.', '1904: main themes the trusts and the canal.'],
      'Jo Harper',
      '2025-09-01',
    );
    const speech = smallArticle(
      'harbour-speech',
      'Speech at the harbour',
      [
        'The harbour lights will burn through the winter.',
        'The boats need the lights to come home.',
        'The council pays for the oil.',
        'The keepers are paid from the harbour dues.',
      ],
      'Ada Marsh',
      '2020-01-01',
    );
    const own = new Bot(Library.create([notes, speech]));
    expect(own.library.articles[0]?.slug).toBe('themes-at-a-glance');
    const examples = ['quote', 'summary'].flatMap((command) => examplesOf(own, command));
    expect(examples).toContain('/quote author:marsh');
    expect(examples).toContain('/summary topic:harbour article:harbour-speech');
    expect(examples.join(' ')).not.toMatch(/harper|themes|glance/);
    expect(own.exampleWord()).toBe('harbour');
  });

  it('given a library mostly in English whose newest article is Chinese, then the examples and hints are the newest English article’s', () => {
    const chinese = parseArticle(
      'chengshi-zixingche.md',
      '---\ntitle: 城市里的自行车\nauthor: 李明\npublication: 晨报\ndate: 2025-04-01\n---\n\n越来越多的年轻人选择骑自行车上班。城市新修了两百公里的自行车道。\n',
    );
    const own = new Bot(
      Library.create([
        chinese,
        smallArticle(
          'beekeeping-in-cities',
          'Beekeeping in cities',
          ['Rooftop beekeeping is back in the city.', 'The hives are on the roofs of the old mills.'],
          'Ana Silva',
        ),
        smallArticle('river-flood', 'The river floods again', [
          'The river flooded twice this summer and the town is tired of it.',
        ]),
      ]),
    );
    expect(own.library.articles[0]?.slug).toBe('chengshi-zixingche');
    const examples = ['quote', 'summary'].flatMap((command) => examplesOf(own, command));
    expect(examples).toContain('/quote beekeeping');
    expect(examples.join(' ')).not.toMatch(/\p{Script=Han}/u);
    expect(own.exampleWord()).toBe('beekeeping');
  });

  it('given a library mostly in another language than English, then the examples are its newest article’s, as before', () => {
    const french = (slug: string, title: string, date: string, text: string) =>
      parseArticle(
        `${slug}.md`,
        `---\ntitle: ${title}\nauthor: Claire Dubois\npublication: Le Journal\ndate: ${date}\n---\n\n${text}\n`,
      );
    const own = new Bot(
      Library.create([
        french(
          'boulangeries',
          'Les boulangeries ferment',
          '2025-02-01',
          'Les boulangeries de village ferment une à une dans la région.',
        ),
        french(
          'fromages',
          'Les fromages du marché',
          '2025-01-01',
          'Les fromages du marché sont vendus le samedi sur la place.',
        ),
        smallArticle('beekeeping-in-cities', 'Beekeeping in cities', [
          'Rooftop beekeeping is back in the city.',
        ]),
      ]),
    );
    expect(own.exampleWord()).toBe('boulangeries');
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

  it('given a library whose older articles only mention North Korea, a red line and sanctions, then every example is the newest article’s, and article:north-korea names none', () => {
    const speech = parseArticle(
      'state-of-the-union-2010.md',
      '---\ntitle: State of the Union 2010\nauthor: Barack Obama\npublication: The White House\ndate: 2010-01-27\n---\n\nNorth Korea now faces increased isolation and stronger sanctions.\n\nWe drew a red line and we kept it.\n',
    );
    const lanes = parseArticle(
      'city-council-approves-new-cycle-lanes.md',
      '---\ntitle: City council approves new cycle lanes\nauthor: Priya Shah\npublication: Town Crier\ndate: 2024-06-01\n---\n\nThe council approved three new cycle lanes on Tuesday.\n\nThe lanes will open in the spring.\n',
    );
    const collection = parseArticle(
      'speeches-2001-2021.md',
      '---\ntitle: Speeches 2001-2021\nauthor: US Presidents\npublication: The White House\ndate: 2021-04-28\n---\n\nThe talks with North Korea went nowhere that year.\n\nWe will keep our promises.\n',
    );
    const bot = new Bot(Library.create([speech, collection, lanes]));
    const examples = ['quote', 'summary', 'articles'].flatMap((command) => examplesOf(bot, command));
    expect(examples.join(' ')).not.toMatch(/north-korea|sanctions|red line|election/);
    expect(examples).toContain('/quote approves article:city-council-approves-new-cycle-lanes private:true');
    expect(examples).toContain('/summary topic:approves article:city-council-approves-new-cycle-lanes');
    expect(examples).toContain('/articles about:approves');
    expect(bot.handle({ kind: 'quote', query: 'red line', article: 'north-korea' })).toMatchObject({
      kind: 'unknown-article',
      article: 'north-korea',
    });
  });

  it('given the bundled article then its own examples stay', () => {
    expect(examplesOf(new Bot(Library.create([seedArticle()])), 'quote')).toContain(
      '/quote red line article:north-korea private:true',
    );
  });
});
