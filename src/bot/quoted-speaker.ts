import type { Passage } from '../content/article.js';
import { randomQuotable } from '../library.js';
import { passageSpeaker } from '../content/passage-speaker.js';
import { speakerOfPassage } from './passage-speaker.js';
import type { Bot } from './bot.js';

/** Who the quoted sentence credits its words to (`speakerOfPassage`), of the bot's library. */
export function speakerOfQuote(bot: Bot, passage: Passage): string | null | undefined {
  return speakerOfPassage(bot.library, passage);
}

/** Who read the quote out, when it is a letter read out on a show (`PassageSpeaker.by`), as its credit says. */
export function readerOfQuote(bot: Bot, passage: Passage): string | undefined {
  const article = bot.library.article(passage.slug);
  const credited = article && passageSpeaker(article, passage, bot.library.options.lexicon);
  return credited?.as === 'read' ? credited.by : undefined;
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
  const pool = randomQuotable(article, bot.library.options.lexicon);
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
