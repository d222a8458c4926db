import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { articleSuggestions, querySuggestions } from '../../adapters/discord/autocomplete.js';
import { DISCORD_LIMITS } from '../../adapters/discord/limits.js';
import type { QuotePick } from '../../adapters/discord/query-pick.js';
import { StateStore } from '../../adapters/discord/state-store.js';
import { decodeSlackText } from '../../adapters/slack/mrkdwn.js';
import { FRANC_LANGUAGES } from '../../runtime/languages.js';
import {
  Bot,
  COMMANDS,
  converse,
  handleRequest,
  Library,
  resolveCommandText,
  type Caller,
  type CommandPorts,
} from '../../src/index.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { BERLIN, ENGLISH, LYON, VENDANGES } from '../helpers/language-articles.js';
import { cycling } from '../helpers/random.js';
import { topicLibrary } from '../helpers/topic-library.js';
import { runs, timeLimit } from './arbitraries.js';
import { chatVocabulary } from './chat-text.js';
import { expectBotReplyRendersEverywhere, expectRendersEverywhere } from './reply-checks.js';

/*
 * Chat in the bot's own words (see chat-text.ts) through the real paths: a message read and answered, a
 * conversation of several messages on Discord and Slack, a line of the console, a typed command; every reply
 * rendered for each platform within its limits, pinging nobody. Libraries of several articles, the small
 * ones with more cases than the BBC's forty, which answers slower.
 */
/** Random quotes drawn as the runtime draws them, the ends of [0, 1) included. */
const random = (): (() => number) => cycling([0, 0.37, 1 - Number.EPSILON, 0.5, 0.999, 0.01]);
const LIBRARIES = [
  { name: 'the three topic articles', library: topicLibrary, weight: 1 },
  {
    name: 'French, German and English articles',
    library: () => Library.create([LYON, VENDANGES, BERLIN, ...ENGLISH]),
    weight: 1,
  },
  { name: 'the forty BBC articles', library: bbcLibrary, weight: 0.3 },
] as const;

const caller: Caller = { platform: 'slack', channelId: 'C1', workspaceId: 'T1', userId: 'U1' };
const ports = (bot: Bot): CommandPorts => ({ bot, mayManage: () => Promise.resolve(false) });
let conversations = 0;

describe.each(LIBRARIES)(
  'fuzz: chat in the bot’s own words, of $name (fast-check)',
  ({ library, weight }) => {
    const bot = new Bot(library(), COMMANDS, random(), FRANC_LANGUAGES);
    const chat = chatVocabulary(bot.library);
    const scaled = (base: number): number => runs(Math.max(1, Math.round(base * weight)));

    it(
      'given a message then it is read, answered and rendered on every platform within its limits',
      () => {
        fc.assert(
          fc.property(chat.message, (text) => expectBotReplyRendersEverywhere(bot.handle(bot.read(text)))),
          { numRuns: scaled(60) },
        );
      },
      timeLimit(300_000),
    );

    it(
      'given a conversation of several messages on Discord or Slack then each is answered and rendered within limits',
      () => {
        fc.assert(
          fc.property(fc.constantFrom('discord', 'slack'), chat.conversation, (platform, messages) => {
            const key = { platform, channelId: 'C1', userId: `U${(conversations += 1)}` };
            for (const [at, message] of messages.entries()) {
              const reply =
                platform === 'slack'
                  ? converse(bot, decodeSlackText(`<@UBOT> ${message}`), key, at * 1000)
                  : converse(bot, message, key, at * 1000, { botName: 'quotebot' });
              expectBotReplyRendersEverywhere(reply);
            }
          }),
          { numRuns: scaled(15) },
        );
      },
      timeLimit(300_000),
    );

    it(
      'given console lines, commands and follow-ups in turn, then each is answered with text',
      async () => {
        await fc.assert(
          fc.asyncProperty(chat.consoleLines, async (lines) => {
            const state: ChatState = { followUps: undefined };
            for (const line of lines) {
              const said = await answerLine(bot, line, state, { color: false, chat: true });
              // A blank line is not answered, as at a prompt; anything else is.
              if (line.trim().length > 0) expect(said?.length, line).toBeGreaterThan(0);
            }
          }),
          { numRuns: scaled(15) },
        );
      },
      timeLimit(300_000),
    );

    it(
      'given a typed command with words and options then it resolves, is answered and renders within limits',
      async () => {
        const command = fc.constantFrom(...COMMANDS.filter((each) => each.name !== 'daily'));
        await fc.assert(
          fc.asyncProperty(command, chat.commandText, async (definition, text) => {
            const resolved = resolveCommandText(definition, text, caller);
            if (resolved.kind === 'usage-error')
              return expectRendersEverywhere({ kind: 'usage', error: bot.withLibraryExample(resolved) });
            expectRendersEverywhere(await handleRequest(resolved.request, ports(bot)));
          }),
          { numRuns: scaled(25) },
        );
      },
      timeLimit(300_000),
    );

    it(
      'given words typed into /quote on Discord then autocomplete suggests at most 25 passages or articles within limits',
      () => {
        const picks = new StateStore<QuotePick>();
        fc.assert(
          fc.property(chat.message, fc.option(chat.subject, { nil: undefined }), (typed, article) => {
            for (const choices of [
              querySuggestions(bot, typed, article, picks),
              articleSuggestions(bot, typed),
            ]) {
              expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.choices);
              for (const choice of choices) {
                expect(choice.name.length).toBeGreaterThan(0);
                expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
                expect(choice.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
              }
            }
          }),
          { numRuns: scaled(25) },
        );
      },
      timeLimit(300_000),
    );
  },
);
