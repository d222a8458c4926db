import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { cardRequestForHit } from '../../src/card/request.js';
import { Bot, Library, parseArticle } from '../../src/index.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

const interview = parseArticle(
  'hens-interview.md',
  [
    '---',
    'title: "Keeping Hens in Town: An Interview with Dana Osei"',
    'author: Tomas Reed',
    'publication: Greenway Monthly',
    'date: 2024-06-18',
    '---',
    '',
    'Dana Osei keeps six hens on a plot behind her flat. We asked her how.',
    '',
    'Q: How did you start?',
    '',
    'A: My grandmother kept hens behind her shop, and I caught the bug.',
    '',
    'Q: What should a beginner avoid?',
    '',
    'A: Never buy hens from a stranger at a market.',
    '',
  ].join('\n'),
);
const bot = new Bot(Library.create([interview]));
const reply = bot.handle({ kind: 'quote', query: 'stranger market' });

describe('an interview answer quoted (new-user pass 18, #9)', () => {
  it('given the answer, then every surface credits the interviewee, with the interviewer who wrote it up', () => {
    expect(reply).toMatchObject({ kind: 'quote', speaker: 'Dana Osei' });
    if (reply.kind !== 'quote') return;
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain(
      '— Dana Osei, interviewed by Tomas Reed, “Keeping Hens in Town',
    );
    expect(renderForDiscord(reply, false).embeds?.[0]?.author?.name).toBe(
      'Dana Osei, interviewed by Tomas Reed',
    );
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks)).toContain(
      'Dana Osei, interviewed by Tomas Reed',
    );
    expect(cardRequestForHit(reply.hit, undefined, reply.speaker).attribution.author).toBe(
      'Dana Osei, interviewed by Tomas Reed',
    );
  });

  it("given the interviewer's own introduction, then it stays theirs", () => {
    const intro = bot.handle({ kind: 'quote', query: 'six hens plot' });
    expect(intro.kind).toBe('quote');
    if (intro.kind === 'quote') expect(intro.speaker).toBeUndefined();
  });
});
