import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { echoStart } from '../../adapters/shared/text-limits.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bot = new Bot(
  Library.create(
    [
      smallArticle('bus-lane', 'Council approves bus lane on Mill Road', [
        'The council voted on Tuesday night to build a bus lane along Mill Road.',
      ]),
      smallArticle('cafe-review', 'Review: a riverside cafe worth the detour', [
        'The riverside cafe serves the best lemon cake in the county.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  ),
);
const ask = (line: string) => answerLine(bot, line, { followUps: undefined }, { color: false });

// A paragraph of some 60 words that no article has, with an "on" in its middle.
const PASTED =
  'Zorvath quintelled the mirrowvane on Thursday after the plimsy grattles had wuzzled for nine long seasons, and the frondlemen of the outer quay, who had never seen a mirrowvane quintelled before, gathered in silence along the harbour wall to watch the brass floats sink one after another into the grey water of the estuary beyond the lighthouse rocks.';

describe('a long pasted message echoed in a reply', () => {
  it('given a paragraph after "summarize this:", then the reply echoes its start, cut at a word with "…", not its middle', async () => {
    const said = (await ask(`summarize this: ${PASTED}`)) ?? '';
    expect(said).toContain('Zorvath quintelled the mirrowvane on Thursday');
    expect(said).toMatch(/ [A-Za-z]+…/);
    expect(said).not.toContain('lighthouse rocks');
  });

  it('given a paragraph as a /quote query, then "No passage matches" echoes its start, cut after a whole word', async () => {
    const said = (await ask(`/quote ${PASTED}`)) ?? '';
    expect(said).toMatch(/^No passage matches “Zorvath quintelled the mirrowvane on Thursday .+ [a-z]+…”/);
    const echoed = /“(.+)…”/.exec(said)?.[1] ?? '';
    expect(PASTED.startsWith(echoed)).toBe(true);
    expect(PASTED[echoed.length]).toMatch(/[\s,]/);
  });

  it('given words shorter than the echo limit, then they are echoed whole', () => {
    expect(echoStart('the old bridge')).toBe('the old bridge');
    expect(echoStart('one two three four', 12)).toBe('one two…');
  });
});
