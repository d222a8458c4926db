import { parseCommandText } from '../commands/command-text.js';
import type { CommandDefinition } from '../commands/definition.js';
import { CHAT_MARKUP } from '../text/chat-markup.js';

/**
 * The options a mention may name among its words (`summarize article:yukos length:short`), read as a typed
 * command's are (`parseCommandText`); all of them text, so that no bare word is taken for one ("quote short
 * films") and each value is checked where it is used. Its free words are the sentence.
 */
const MENTION: CommandDefinition = {
  name: 'mention',
  description: 'A message that mentions the bot',
  usage:
    '@quotebot <words> [topic:<words>] [length:<length>] [sentences:<n>] [article:<slug>] [author:<name>]',
  options: ['words', 'topic', 'length', 'article', 'author', 'sentences'].map((name) => ({
    name,
    description: name,
    type: 'string' as const,
  })),
};

/**
 * A mention's options (see `MENTION`) and its other words in the order typed. A name no option has, or one
 * misspelt, is words of the sentence ("artcle:yukos", "limit:3"): a mention is a sentence, not a command to
 * refuse. `continued`: an unquoted `article:` or `author:` value with words typed before it and after it, the
 * words after it that may go on naming it, and the sentence without them.
 */
export function mentionOptions(text: string): {
  sentence: string;
  named: Record<string, string>;
  continued?: { option: 'article' | 'author'; after: string; rest: string };
} {
  let line = text;
  for (;;) {
    const parsed = parseCommandText(MENTION, line);
    if (parsed.kind === 'options') {
      const { words = '', ...values } = parsed.values;
      const named = Object.fromEntries(
        Object.entries(values).map(([name, value]) => [name, String(value).replace(CHAT_MARKUP, ' ').trim()]),
      );
      // The reader puts the words after a value first; the sentence is read in the order typed.
      const free = String(words).split(' ').filter(Boolean);
      const { option, next = 0, before = 0 } = parsed.continued ?? {};
      const after = free.slice(0, next);
      const typedBefore = free.slice(next, next + before);
      const later = free.slice(next + before);
      const sentence = [...typedBefore, ...after, ...later].join(' ');
      const rest = [...typedBefore, ...later].join(' ');
      return option === 'article' || option === 'author'
        ? { sentence, named, continued: { option, after: after.join(' '), rest } }
        : { sentence, named };
    }
    const unnamed = line.replace(new RegExp(String.raw`(^|\s)(${parsed.option ?? ''}):`, 'i'), '$1$2 ');
    if (parsed.option === undefined || unnamed === line) return { sentence: text, named: {} };
    line = unnamed;
  }
}
