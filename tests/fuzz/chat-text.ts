import fc from 'fast-check';
import type { Library } from '../../src/index.js';
import { BOT_VOCABULARY, libraryWords, optionForms } from './vocabulary.js';

/*
 * Chat messages made of the bot's vocabulary and a library's words, arranged as a person writes them (frames
 * such as "what does it say about X?", "summarize X briefly please", "quote by X", "X thanks", "@bot X"), as
 * random sequences of those words, and with markdown and mentions around them.
 */

/** What a frame is filled with: a subject, a second one, and a count. */
type Frame = (x: string, y: string, n: string) => string;

/** Requests as people write them. */
const FRAMES: readonly Frame[] = [
  (x) => `what does it say about ${x}?`,
  (x) => `what does the article say about ${x}`,
  (x) => `summarize ${x} briefly please`,
  (x) => `summarize the ${x} article`,
  (x, y) => `summarize the ${x} article in ${y}`,
  (x, _, n) => `summarize ${x} in ${n} sentences`,
  (x, _, n) => `${x} in ${n} sentences`,
  (x) => `summarize everything by ${x}`,
  (x, y) => `summarize what ${x} says about ${y}`,
  (x) => `quote by ${x}`,
  (x) => `a quote from ${x}`,
  (x) => `another quote from ${x}`,
  (x) => `${x}'s quotes`,
  (x) => `quote about ${x}`,
  (x) => `quote ${x} please`,
  (x) => `${x} thanks`,
  (x) => `thanks ${x}`,
  (x) => `@quotebot ${x}`,
  (x, y) => `does the ${x} article mention ${y}?`,
  (x, y) => `does the ${x} mention ${y}?`,
  (x, y) => `is ${y} in the ${x} article?`,
  (x, y) => `what did ${x} say about ${y}?`,
  (x) => `what did ${x} say?`,
  (x) => `what ${x} says`,
  (x) => `who wrote the ${x} article?`,
  (x) => `who is ${x}?`,
  (x) => `which articles mention ${x}?`,
  (x) => `list the articles by ${x}`,
  (x) => `show me articles about ${x}`,
  (x) => `which speeches did ${x} give about ${x}?`,
  (x) => `tell me about ${x}`,
  (x) => `anything on ${x}?`,
  (x) => `what's the ${x} story about?`,
  (x) => `the ${x} speech`,
  (x) => `${x}'s speech`,
  (x) => `${x} as a card`,
  (x) => `quote ${x} as a card please`,
  (x) => `how do I ${x}?`,
  (x) => `what is a ${x}?`,
  (x, y) => `${x} article:${y}`,
  (x, y) => `${x} author:${y}`,
  (x, y) => `summarize ${x} topic:${y}`,
  (x) => `what do the articles say about ${x}`,
  (x) => `what economists say about ${x}`,
  (x) => `and about ${x}?`,
  (x) => `what about ${x}?`,
  (x) => `can u quote smth abt ${x}`,
  (x, y) => `${x}, ${y}`,
  (x, y) => `${x}-${y}`,
  (x) => `"${x}"`,
  (x) => `the ${x} part`,
  (x, y) => `quote ${x} article:${y} as a card`,
  (x) => `summarize ${x} in french`,
  (x) => `who said ${x}?`,
  (x, y) => `what did the ${x} say about ${y}?`,
  (x) => `set a daily quote about ${x} at 9am`,
  (x, _, n) => `summarize the article about ${x} in ${n} sentences`,
  (x) => `what is the ${x} article about?`,
  (x) => `tl;dr ${x}`,
  (x) => `${x}?`,
  (x) => `${x}!!`,
  (x) => `${x}...`,
];

/** Follow-ups a conversation goes on with, as people type them after a quote or a summary. */
export const FOLLOW_UPS: readonly string[] = [
  'next',
  'more',
  'another one',
  'what else?',
  'who wrote it?',
  'who said that?',
  'when was that?',
  'context please',
  "what's the context?",
  'tell me more',
  'why?',
  'what else did he say?',
  'anything else from her?',
  'as a card',
  'make it a card',
  'summarize it',
  'shorter',
  'longer',
  'in more detail',
  'in 2 sentences',
  'summarize it in 3 sentences',
  'summarize it in french',
  'and about the budget?',
  'thanks',
  'ok',
];

/** A library's words and the bot's, as the pools a message draws on. */
export interface ChatVocabulary {
  readonly word: fc.Arbitrary<string>;
  readonly subject: fc.Arbitrary<string>;
  readonly message: fc.Arbitrary<string>;
  /** What follows a typed command's name: words and options (`election article:yukos sentences:5`). */
  readonly commandText: fc.Arbitrary<string>;
  readonly conversation: fc.Arbitrary<string[]>;
  readonly consoleLines: fc.Arbitrary<string[]>;
}

/** What stands between words: punctuation, a possessive, quote marks, a dash, a line break. */
const PUNCTUATION = ['?', '!', ',', '.', "'s", '’s', ';', ':', '"', '“', '”', '-', '—', '(', ')', '\n', '…'];

const from = (words: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...words);

/** Markdown and mentions around a text, as chat messages carry them. */
const DECORATIONS: readonly ((text: string) => string)[] = [
  (text) => `*${text}*`,
  (text) => `**${text}**`,
  (text) => `_${text}_`,
  (text) => `~${text}~`,
  (text) => `\`${text}\``,
  (text) => `> ${text}`,
  (text) => `# ${text}`,
  (text) => `[${text}](https://example.com/a)`,
  (text) => `||${text}||`,
  (text) => `\`\`\`\n${text}\n\`\`\``,
  (text) => `<@123456789012345678> ${text}`,
  (text) => `<@U0123ABCD> ${text}`,
  (text) => `@quotebot, ${text}`,
  (text) => `hey @quotebot ${text}`,
  (text) => `${text} @everyone`,
  (text) => `<!here> ${text}`,
  (text) => `<https://example.com/a|${text}>`,
  (text) => `<#C0123ABCD|general> ${text}`,
  (text) => `<@U0123ABCD|someone> ${text}`,
  (text) => `${text} <:blob:123456789012345678>`,
  (text) => `<t:1700000000:R> ${text}`,
  (text) => `${text} :smile: 🐝`,
  (text) => `${text} &amp; &lt;b&gt;`,
  (text) => text.toUpperCase(),
];

/** A word with a typo at `at`: a letter left out, doubled, swapped with the next, or in capitals. */
function misspelt(word: string, at: number, how: number): string {
  const i = at % Math.max(1, word.length);
  if (how === 0) return word.slice(0, i) + word.slice(i + 1);
  if (how === 1) return word.slice(0, i + 1) + word.slice(i);
  if (how === 2)
    return word.slice(0, i) + word.slice(i + 1, i + 2) + word.slice(i, i + 1) + word.slice(i + 2);
  return word.toUpperCase();
}

/** The arbitraries of chat in the words of `library` and of the bot. */
export function chatVocabulary(library: Library): ChatVocabulary {
  const own = libraryWords(library);
  const vocabulary = Object.values(BOT_VOCABULARY);
  const options = optionForms([...own.names, ...own.titleWords, ...own.slugs]);
  const known = fc.oneof(...vocabulary.map((list) => from(list)));
  const word = fc.oneof(
    { weight: 6, arbitrary: known },
    {
      weight: 1,
      arbitrary: fc.tuple(known, fc.nat(), fc.nat(3)).map(([text, at, how]) => misspelt(text, at, how)),
    },
    { weight: 2, arbitrary: from(own.names) },
    { weight: 2, arbitrary: from(own.titleWords) },
    { weight: 3, arbitrary: from(own.textWords) },
    { weight: 1, arbitrary: from(own.slugs) },
    { weight: 1, arbitrary: from(options) },
  );
  const subject = fc.oneof(
    { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')) },
    { weight: 1, arbitrary: from(own.titles) },
    { weight: 1, arbitrary: from(own.names) },
  );
  const framed = fc
    .tuple(fc.nat(FRAMES.length - 1), subject, subject, from(['1', '2', '5', 'three', '0', '51']))
    .map(([frame, x, y, n]) => FRAMES[frame]!(x, y, n));
  const sequence = (maxLength: number): fc.Arbitrary<string> =>
    fc
      .array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: from(PUNCTUATION) }), {
        minLength: 1,
        maxLength,
      })
      .map((words) => words.join(' '));
  // A frame within a frame ("@quotebot summarize the X article in french thanks"), or two messages in one.
  const nested = fc
    .tuple(fc.nat(FRAMES.length - 1), framed, subject, from(['1', '3']))
    .map(([frame, x, y, n]) => FRAMES[frame]!(x, y, n));
  const joined = fc
    .tuple(framed, from([' and ', '. ', ', ', ' then ', '\n']), framed)
    .map(([a, joint, b]) => `${a}${joint}${b}`);
  const plain = fc.oneof(
    { weight: 10, arbitrary: framed },
    { weight: 3, arbitrary: nested },
    { weight: 1, arbitrary: joined },
    { weight: 6, arbitrary: sequence(10) },
    { weight: 1, arbitrary: sequence(120) },
  );
  const message = fc.oneof(
    { weight: 7, arbitrary: plain },
    { weight: 1, arbitrary: from(FOLLOW_UPS) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(DECORATIONS.length - 1), plain)
        .map(([decoration, text]) => DECORATIONS[decoration]!(text)),
    },
  );
  const turn = fc.oneof({ weight: 3, arbitrary: message }, { weight: 2, arbitrary: from(FOLLOW_UPS) });
  const commandText = fc
    .array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: from(options) }), {
      maxLength: 6,
    })
    .map((words) => words.join(' '));
  const command = fc
    .tuple(
      from(['/quote', '/summary', '/articles', '/help', '/next', '/context', '/qoute', '/daily']),
      commandText,
    )
    .map(([name, text]) => `${name} ${text}`);
  return {
    word,
    subject,
    message,
    commandText,
    conversation: fc.array(turn, { minLength: 2, maxLength: 6 }),
    consoleLines: fc.array(fc.oneof({ weight: 2, arbitrary: turn }, { weight: 1, arbitrary: command }), {
      minLength: 2,
      maxLength: 6,
    }),
  };
}
