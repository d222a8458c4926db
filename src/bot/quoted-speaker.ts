import type { Passage } from '../content/article.js';
import { answeredBy } from '../content/interview.js';
import { randomQuotable } from '../library.js';
import { fullNameIn, reportsSpeech, speakerInParagraph } from '../text/speaker.js';
import type { Bot } from './bot.js';

/**
 * Who the quoted sentence credits its words to, read with the rest of its paragraph (a quotation of several
 * sentences names its speaker where it ends) and the paragraph before (whom "he said" is), by the name the
 * article gives them in full ("Liam Neeson", not "Mr Neeson"); null when they are someone's words the article
 * names no one for (a quotation, "the company said", an interview's answer that names no interviewee);
 * undefined when they are the writer's own.
 */
export function speakerOfQuote(bot: Bot, passage: Passage): string | null | undefined {
  const whole = bot.library.article(passage.slug);
  const article = whole?.sentences ?? [passage];
  const lexicon = bot.library.options.lexicon;
  // An interview's answer is the interviewee's, however it reads: they speak in the first person, unquoted.
  const answerer = whole === undefined ? undefined : answeredBy(whole, passage.paragraph);
  if (answerer !== undefined)
    return answerer === null
      ? null
      : fullNameIn(
          article.map((each) => each.text),
          answerer,
          lexicon,
        );
  const inParagraph = (paragraph: number): Passage[] =>
    article.filter((each) => each.paragraph === paragraph);
  const sentences = inParagraph(passage.paragraph);
  const at = sentences.findIndex((each) => each.id === passage.id);
  const texts = (list: readonly Passage[]): string[] => list.map((each) => each.text);
  const before = texts(inParagraph(passage.paragraph - 1));
  if (at < 0) return undefined;
  const speaker = speakerInParagraph(texts(sentences), at, before, lexicon, texts(article));
  if (speaker !== undefined) return fullNameIn(texts(article), speaker, lexicon);
  return reportsSpeech(texts(sentences), at) ? null : undefined;
}

/**
 * "what else did he say?" after a quote: the person it credits the words to, if the article names one, and
 * their next words in the article after these (round to its start); else, of the writer's words or someone's
 * unnamed, the article's next quote. Given as the `position` a `/quote` of the article with no words shows it
 * at (`Library.randomQuoteIndexOf`); undefined when there is none other.
 */
export function quoteAfter(
  bot: Bot,
  passage: Passage,
): { readonly speaker: string | undefined; readonly index: number | undefined } {
  const article = bot.library.article(passage.slug);
  const named = speakerOfQuote(bot, passage);
  const speaker = typeof named === 'string' ? named : undefined;
  if (!article) return { speaker, index: undefined };
  const pool = randomQuotable(article);
  const after = (each: Passage): number =>
    (each.index - passage.index + article.sentences.length) % article.sentences.length;
  // In the article's order from here, and the speaker read only until one matches: reading each sentence's
  // speaker re-reads its paragraph.
  const next = [...pool]
    .sort((a, b) => after(a) - after(b))
    .find(
      (each) => each.id !== passage.id && (speaker === undefined || speakerOfQuote(bot, each) === speaker),
    );
  return { speaker, index: next && bot.library.randomQuoteIndexOf(next, { slug: article.slug }) };
}
