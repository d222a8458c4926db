import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Bot,
  COMMANDS,
  parseArticle,
  parseIntent,
  QuotebotError,
  resolveCommandText,
  type BotReply,
  type BotRequest,
  type Caller,
  type OptionValues,
  type ResolvedCommand,
  type UsageError,
} from '../../src/index.js';
import { seedLibrary } from '../helpers/content.js';
import { optionValue, runs, timeLimit, userText } from './arbitraries.js';

const bot = new Bot(seedLibrary());
const caller: Caller = { platform: 'slack', channelId: 'C1', workspaceId: 'T1', userId: 'U1' };
const BOT_KINDS = new Set(['quote', 'summary', 'articles', 'help']);

/** A resolved command is a request or a usage error; the bot's own requests are answered. */
function answer(resolved: ResolvedCommand | UsageError): void {
  expect(['request', 'usage-error']).toContain(resolved.kind);
  if (resolved.kind === 'request' && BOT_KINDS.has(resolved.request.kind))
    expectReply(bot.handle(resolved.request as BotRequest));
}
const definition = fc.constantFrom(...COMMANDS);

/** A reply is a value of a known kind: nothing thrown, nothing half-built. */
function expectReply(reply: BotReply): void {
  expect(typeof reply.kind).toBe('string');
  expect(JSON.stringify(reply)).toBeTypeOf('string');
}

describe('fuzz: the core answers every input with a value (fast-check)', () => {
  it(
    'given any slash-command text for any command then it resolves to a request or a usage error, and the bot answers the request',
    () => {
      fc.assert(
        fc.property(definition, userText, (command, text) =>
          answer(resolveCommandText(command, text, caller)),
        ),
        { numRuns: runs(3000) },
      );
    },
    timeLimit(120_000),
  );

  it(
    'given any message text (a mention or a DM) then the intent parses and the bot answers',
    () => {
      fc.assert(
        fc.property(userText, (text) => expectReply(bot.handle(parseIntent(text)))),
        { numRuns: runs(2500) },
      );
    },
    timeLimit(120_000),
  );

  it(
    'given option values of any type for any command then the bot answers or the request is refused as a value',
    () => {
      fc.assert(
        fc.property(
          definition,
          fc.dictionary(
            fc.constantFrom('query', 'article', 'length', 'page', 'private', 'sentences', 'x'),
            optionValue,
          ),
          (command, values) => answer(command.resolve({ values: values as OptionValues, caller })),
        ),
        { numRuns: runs(2500) },
      );
    },
    timeLimit(120_000),
  );

  it(
    'given any content file then it parses to an article or fails with a content error, never another exception',
    () => {
      const frontMatter = fc
        .record({
          title: fc.option(userText, { nil: undefined }),
          author: fc.option(userText, { nil: undefined }),
          date: fc.option(fc.oneof(userText, fc.constant('2020-05-17')), { nil: undefined }),
          publication: fc.option(userText, { nil: undefined }),
        })
        .map((fields) =>
          Object.entries(fields)
            .filter(([, value]) => value !== undefined)
            .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
            .join('\n'),
        );
      const source = fc.oneof(
        userText,
        fc.tuple(frontMatter, userText).map(([head, body]) => `---\n${head}\n---\n${body}`),
        fc
          .tuple(frontMatter, fc.array(userText, { maxLength: 6 }))
          .map(([head, paragraphs]) => `---\n${head}\n---\n\n${paragraphs.join('\n\n')}`),
      );
      const fileName = fc.oneof(
        fc.constant('an-article.md'),
        userText.map((name) => `${name}.md`),
      );
      fc.assert(
        fc.property(fileName, source, (name, text) => {
          try {
            const article = parseArticle(name, text);
            expect(article.slug.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(QuotebotError);
          }
        }),
        { numRuns: runs(1500) },
      );
    },
    timeLimit(120_000),
  );
});
