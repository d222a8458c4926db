import type { Attribution } from '../content/article.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { ITEM_NOUN } from './item-nouns.js';

/** Ordinal words, by the place in the list they name ("the second one"). */
const ORDINALS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Words that say the later of the articles listed: "the newer one", "the latest", "the most recent". */
const NEWER = /^(?:newer|newest|latest|later|recent|more recent|most recent|last published)$/u;
/** Words that say the earlier of them: "the older one", "the earliest", "the original". */
const OLDER = /^(?:older|oldest|earlier|earliest|original|first published)$/u;

/**
 * How an answer to "Which one did you mean?" may open and close around the words that pick: "oh, I meant the
 * second one please", "number 2", "the one by Omar Reyes", "the article from tuesday".
 */
const FRAME = new RegExp(
  String.raw`^(?:(?:oh|ok|okay|um|hmm|sorry|no|yes)[\s,]+)?(?:i meant |i mean |i want |give me |show me |make it |let['’]?s do |go with )?(?:number |no\.? |#)?(?:the |that )?(.*?)(?: (?:one|${ITEM_NOUN}))?(?: (?:please|pls|plz|thanks|thx))?[\s.!?]*$`,
  'iu',
);
/** "the one from tuesday", "the one by holt", "the one about cars": what the words after "one" say. */
const ONE_THAT = new RegExp(`^(?:one|${ITEM_NOUN}) (from|of|on|by|about|called|titled|named) (.+)$`, 'iu');

/**
 * The weekday of a date written `YYYY-MM-DD` ("tuesday"), computed from the date alone (no clock is read);
 * undefined for another form.
 */
export function weekdayOf(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return Number.isNaN(day) ? undefined : WEEKDAYS[day];
}

/** The one index of `choices` the test holds for, or undefined for none or several. */
function onlyOne(
  choices: readonly Attribution[],
  test: (choice: Attribution) => boolean,
): number | undefined {
  const found = choices.flatMap((choice, index) => (test(choice) ? [index] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The index of the newest (`way` 1) or oldest (-1) of the choices by date, when no other has that date. */
function byDate(choices: readonly Attribution[], way: 1 | -1): number | undefined {
  const dates = choices.map((choice) => choice.date);
  const end = [...dates].sort()[way === 1 ? dates.length - 1 : 0];
  return onlyOne(choices, (choice) => choice.date === end);
}

/** The content words of a text: no small words ("the", "by"). */
const contentWords = (text: string): string[] => foldedWords(text).filter((word) => !STOPWORDS.has(word));

/** Whether every content word of `words` is in `text` (an author's name, a title). */
const hasAll = (text: string, words: readonly string[]): boolean => {
  const own = new Set(foldedWords(text));
  return words.length > 0 && words.every((word) => own.has(word));
};

/** The choice a day, a date, an author or title words name ("tuesday", "2024-04-09", "holt", "cars"). */
function namedChoice(choices: readonly Attribution[], words: string, how?: string): number | undefined {
  const folded = words.trim().toLowerCase();
  const content = contentWords(folded);
  if (WEEKDAYS.includes(folded)) return onlyOne(choices, (choice) => weekdayOf(choice.date) === folded);
  const date = onlyOne(choices, (choice) => choice.date === folded);
  if (date !== undefined || how === 'from' || how === 'of' || how === 'on')
    return date ?? onlyOne(choices, (choice) => hasAll(choice.author, content));
  if (how === 'by') return onlyOne(choices, (choice) => hasAll(choice.author, content));
  return (
    onlyOne(choices, (choice) => hasAll(choice.title, content)) ??
    onlyOne(choices, (choice) => hasAll(choice.author, content))
  );
}

/**
 * The index among `choices` (as the list showed them) that an answer to "Which one did you mean?" picks: by
 * its place ("2", "the second one", "the last one"), by date ("the newer one", "the oldest"), by the day or the
 * date it came out ("the one from Tuesday", "2024-04-09"), by its author ("the one by Reyes") or by words of
 * its title only it has ("the reopening one"). Undefined when the message picks none, or several: it is then
 * read as a message of its own.
 */
export function choicePicked(message: string, choices: readonly Attribution[]): number | undefined {
  const words = FRAME.exec(message.trim())?.[1]?.trim().toLowerCase() ?? '';
  if (words === '' || choices.length === 0) return undefined;
  const number = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(words);
  if (number) {
    const index = Number(number[1]) - 1;
    return index >= 0 && index < choices.length ? index : undefined;
  }
  const place = ORDINALS.indexOf(words);
  if (place >= 0) return place < choices.length ? place : undefined;
  if (words === 'last') return choices.length - 1;
  if (NEWER.test(words)) return byDate(choices, 1);
  if (OLDER.test(words)) return byDate(choices, -1);
  const after = ONE_THAT.exec(words);
  if (after) return namedChoice(choices, after[2]!, after[1]!.toLowerCase());
  // A few words alone ("tuesday", "reyes", "the bridge closure one"): not a sentence that asks anew.
  return contentWords(words).length <= 3 ? namedChoice(choices, words) : undefined;
}
