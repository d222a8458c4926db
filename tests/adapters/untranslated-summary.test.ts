import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import type { BotReply } from '../../src/index.js';
import { languageBot } from '../helpers/language-articles.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

/** Three addresses, all in English, with the runtime's language detector. */
const bot = languageBot(
  loadSotuArticles([
    '1807_thomas_jefferson_dr.json',
    '1975_gerald_r_ford_r.json',
    '2002_george_w_bush_r.json',
  ]),
);

/** Every text a Slack message shows, its fallback aside. */
function slackTexts(reply: BotReply): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'mrkdwn' && typeof record['text'] === 'string') texts.push(record['text']);
    Object.values(record).forEach(walk);
  };
  walk(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks);
  return texts;
}

describe('a summary asked in a language its articles are not in, on every platform', () => {
  it('given "summarize the article in french" then a line says the bot cannot translate, before the newest article’s note', () => {
    const reply = bot.handle(bot.read('summarize the article in french'));
    const line = "I cannot translate: summaries are in the article's own words and language, not in French.";
    expect(renderForDiscord(reply, false).content?.startsWith(`${line}\nThat is the newest article.`)).toBe(
      true,
    );
    expect(renderForDiscord(reply, false).embeds[0]?.title).toMatch(/^Summary: State of the Union 2002/);
    expect(slackTexts(reply)).toContain(line);
    expect(renderForTerminal(reply, { color: false, chat: true })).toContain(`\n${line}\nThat is the newest`);
  });

  it('given a topic across the addresses ("summarize the part about taxes in german") then the line says each article’s', () => {
    const reply = bot.handle(bot.read('summarize the part about taxes in german'));
    expect(reply.kind).toBe('library-summary');
    const line = "I cannot translate: summaries are in each article's own words and language, not in German.";
    expect(renderForDiscord(reply, false).content).toBe(line);
    expect(slackTexts(reply)).toContain(line);
    expect(renderForTerminal(reply, { color: false }).endsWith(`\n${line}`)).toBe(true);
  });

  it('given a summary asked in no language then no such line', () => {
    const reply = bot.handle(bot.read('summarize the ford speech'));
    expect(renderForDiscord(reply, false).content).toBeUndefined();
    expect(slackTexts(reply).join('\n')).not.toContain('translate');
    expect(renderForTerminal(reply, { color: false, chat: true })).not.toContain('translate');
  });
});
