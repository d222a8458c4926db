import { describe, expect, it } from 'vitest';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A short story whose lines are tagged "returned he", "cried Margaret", "said he", as novels tag them. */
const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'lighthouse',
        'The Lighthouse',
        [
          'Margaret Vane stood at the window of the lighthouse, and she did not turn when the door opened. Margaret folded her hands.',
          'Captain Reyes came in from the rain, and he was smiling. Reyes shook the water from his coat.',
          '"The roads are flooded," returned he; "the bridge at Carrow is gone."',
          '"I am listening," cried Margaret, "I have listened all night!"',
          '"Margaret," said he. "A ferry crosses only in calm weather, and calm weather comes rarely in March."',
        ],
        'Ruth Calder',
      ),
    ],
    { lexicon: wordnetLexicon() },
  ),
);

const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

describe('"who said that?" and "what else did he say?" of a story’s dialogue', () => {
  it('given a line tagged "returned he", then "who said that?" names the man named before, not the writer', () => {
    expect(converse(bot, '/quote roads are flooded', key, 0).kind).toBe('quote');
    const source = converse(bot, 'who said that?', key, 1);
    expect(source.kind === 'source' && source.speaker).toMatch(/Reyes$/);
  });

  it('given "what else did he say?" after it, then it is his next line, past Margaret’s', () => {
    converse(bot, '/quote roads are flooded', key, 10);
    const reply = converse(bot, 'what else did he say?', key, 11);
    expect(JSON.stringify(reply)).toContain('A ferry crosses only in calm weather');
    expect(JSON.stringify(reply)).not.toContain('I have listened all night');
  });
});
