import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { Bot, Library, parseArticle } from '../../src/index.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

const recipe = (steps: number, intro: boolean) =>
  parseArticle(
    'scones.md',
    [
      '---\ntitle: Scones\nauthor: Jo Baker\npublication: Test Weekly\ndate: 2021-03-04\n---\n',
      ...(intro ? ['These scones take twenty minutes from start to finish.'] : []),
      ...Array.from(
        { length: steps },
        (_, i) => `${i + 1}. Stir the batter for minute ${i + 1} of the mixing.`,
      ),
      '',
    ].join('\n\n'),
  );

describe('a summary that leaves a procedure’s steps out', () => {
  it('given a short summary of a recipe whose steps fit, then every platform says how many and that medium lists them', () => {
    const reply = new Bot(Library.create([recipe(5, true)])).handle({ kind: 'summary', length: 'short' });
    const note = "The text's 5 steps are left out of this summary";
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain(
      `${note}: quotebot summary --length medium lists them all, in order.`,
    );
    expect(renderForDiscord(reply, false).content).toContain(
      `${note}: \`/summary length:medium\` lists them all`,
    );
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public'))).toContain(note);
  });

  it('given a text of nothing but more steps than any summary holds, then the reply says so instead of an empty summary', () => {
    const reply = new Bot(Library.create([recipe(25, false)])).handle({ kind: 'summary' });
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain(
      "This text is a procedure of 25 steps and nothing else, and they are left out: a summary gives a procedure's steps all, in order, or none",
    );
  });
});
