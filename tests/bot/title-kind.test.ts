import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { titleKinds } from '../../src/library/title-kinds.js';
import { titleKindNamed } from '../../src/bot/title-kinds.js';

// A sailing club's documents: three titled "Logbook: …", the kind no list of nouns for an item knows, and one
// whose title has a colon once ("Safety: …").
const documents = [
  smallArticle(
    'logbook-the-april-crossing',
    'Logbook: The April crossing',
    ['We left the harbour at dawn.'],
    'Ann Roe',
    '2025-04-10',
  ),
  smallArticle(
    'logbook-fog-off-the-point',
    'Logbook: Fog off the point',
    ['The fog came down by noon.'],
    'Ben Ode',
    '2025-06-02',
  ),
  smallArticle(
    'logbook-a-calm-week',
    'Logbook: A calm week',
    ['No wind for five days.'],
    'Cal Tye',
    '2025-05-15',
  ),
  smallArticle(
    'safety-lifejackets',
    'Safety: Lifejackets on every trip',
    ['Wear one on deck.'],
    'Ann Roe',
    '2025-07-01',
  ),
];
const bot = new Bot(Library.create(documents, { lexicon: wordnetLexicon() }));

const chat = (on: Bot) => {
  const state: ChatState = { followUps: undefined };
  return async (line: string): Promise<string> => (await answerLine(on, line, state, { color: false })) ?? '';
};

describe('a kind of document the library’s own titles name before a colon', () => {
  it('given three titles that begin "Logbook:", then logbook is a kind, and "Safety:" of one title is none', () =>
    expect([...titleKinds(documents).keys()]).toEqual(['logbook']));

  it('given "what\'s the latest logbook?", then the newest logbook, not the newest document', async () => {
    const said = await chat(bot)("what's the latest logbook?");
    expect(said).toContain('The newest logbook');
    expect(said).toContain('Logbook: Fog off the point');
    expect(said).not.toContain('Safety');
  });

  it('given "what is the oldest logbook?", then the April crossing', async () =>
    expect(await chat(bot)('what is the oldest logbook?')).toContain('Logbook: The April crossing'));

  it('given "summarize the latest logbook", then the summary is of the newest logbook', async () => {
    const said = await chat(bot)('summarize the latest logbook');
    expect(said).toContain('Summary of “Logbook: Fog off the point”');
  });

  it.each(['how many logbooks are there?', 'how many logbooks'])(
    'given "%s", then the count of logbooks, not of the library',
    async (line) => {
      const said = await chat(bot)(line);
      expect(said).toContain('The library has 3 logbooks.');
      expect(said).not.toContain('4 articles');
    },
  );

  it('given "how many safeties are there?" (a label one title has), then no count of a kind', async () =>
    expect(await chat(bot)('how many safeties are there?')).not.toContain('The library has'));

  it('given a library, then its title kinds are made once and kept, not made again per request', () => {
    const library = Library.create(documents, { lexicon: wordnetLexicon() });
    expect([...library.titleKinds.keys()]).toEqual(['logbook']);
    expect(library.titleKinds).toBe(library.titleKinds);
  });

  it('given a kind in "-es" ("boxes" of "Box: …"), then its dictionary form names it, not the word less its "s"', () => {
    const boxes = ['Box: The tool box', 'Box: The seed box'].map((title, i) =>
      smallArticle(`box-${i}`, title, ['It holds things.'], 'Ann Roe', `2025-0${i + 1}-01`),
    );
    expect(titleKindNamed(boxes, 'the boxes')).toMatchObject({ kind: 'box', determined: true });
    expect(titleKindNamed(documents, 'logbooks')).toMatchObject({ kind: 'logbook', determined: false });
  });
});
