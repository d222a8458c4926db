import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { cardRequestForHit } from '../../src/card/request.js';
import { Bot, Library, parseArticle } from '../../src/index.js';
import { HENS_INTERVIEW_FILE } from '../helpers/content.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

const interview = parseArticle('hens-interview.md', HENS_INTERVIEW_FILE);
const bot = new Bot(Library.create([interview]));
const reply = bot.handle({ kind: 'quote', query: 'stranger market' });

describe('an interview answer quoted (new-user pass 18, #9)', () => {
  it('given the answer, then every surface credits the interviewee, with the interviewer who wrote it up', () => {
    expect(reply).toMatchObject({ kind: 'quote', speaker: { name: 'Dana Osei', as: 'interviewee' } });
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
