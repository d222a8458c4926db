import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A school magazine: one page whose title says "Poems", one poem titled by its subject alone, and a report.
const collected = smallArticle(
  'poems-by-year-six',
  'Poems by Year Six',
  [
    'The rain came down / upon the yard / and every puddle / shone.',
    'My cat is grey / my cat is fat / he sleeps all day / and that is that.',
  ],
  'Year Six',
  '2024-02-01',
);
const harbour = smallArticle(
  'harbour-at-dusk',
  'Harbour at Dusk',
  [
    'The boats come home / with lanterns lit / the gulls go quiet / one by one.',
    'The water holds / the last of day / and lets it go / without a sound.',
  ],
  'Ada Marsh',
  '2024-03-01',
);
const report = smallArticle('sports-day', 'Sports day results', [
  'The blue team won the relay by a metre.',
  'Parents cheered from the hill all afternoon.',
]);
const bot = new Bot(Library.create([collected, harbour, report], { lexicon: wordnetLexicon() }));
const say = (line: string) => answerLine(bot, line, { followUps: undefined }, { color: false });

describe('poems told by a title that says "Poems" and by verse alike', () => {
  it('given a "Poems by …" page and a poem titled by its subject, then "summarize the poem" asks which of the two', () => {
    const reply = bot.handle(bot.read('summarize the poem'));
    expect(reply).toMatchObject({ kind: 'unknown-article', several: true, textKind: 'poem' });
    if (reply.kind !== 'unknown-article') return;
    expect([...reply.suggestions].sort()).toEqual(['harbour-at-dusk', 'poems-by-year-six']);
  });

  it('given two poems by two authors, then "who wrote the poem?" lists each with its author', async () => {
    const answer = (await say('who wrote the poem?')) ?? '';
    expect(answer).toMatch(/^The poems and who wrote them:/);
    expect(answer).toContain('Harbour at Dusk — Ada Marsh');
    expect(answer).toContain('Poems by Year Six — Year Six');
  });
});
