import { isQuotable, type Attribution } from '../content/article.js';
import type { Bot } from './bot.js';
import { choicePicked } from './choice-answer.js';
import { quoteAfter, readerOfQuote, speakerOfQuote } from './quoted-speaker.js';
import { SUMMARY_MAX_SENTENCES } from '../commands/catalog.js';
import { SUMMARY_LENGTHS } from '../summary/options.js';
import type { Conversation, ConversationKey, LastSummary } from './conversations.js';
import { plainMessage, SENTENCE_COUNT, stripAddress, type IntentOptions } from './intent.js';
import { AS_A_CARD, TEXT_KINDS } from './intent-words.js';
import { ITEM_NOUN, ITEM_NOUN_OR_PLURAL } from './item-nouns.js';
import type { BotReply, BotRequest, QuoteRequest } from './requests.js';
import { roleAskedOf } from './role-asked.js';
import { isOfKind } from './text-kind.js';

/**
 * Words that ask where the last quote comes from: "who wrote that?", "when was it published?", "when was that?",
 * "when did he say that?" (the article's date says when).
 */
const SOURCE_WORDS = new RegExp(
  String.raw`^(?:@\S+[\s:,]+)?(?:who (?:wrote|said) (?:that|it|this)|when (?:was|is) (?:that|it|this)(?: one)?(?: (?:published|written|said|from))?|when did (?:he|she|they|the (?:author|writer)) (?:say|write) (?:that|it|this)|(?:what|which) ${ITEM_NOUN} is (?:that|it|this)(?: one)? from|where is (?:that|it|this) from)[\s.!?]*$`,
  'iu',
);

/** Those of them that ask who said the words, not who wrote the article. */
const SAID_WORDS = /\bwho said\b/i;

/**
 * Words that ask for the last quote's next match, as `/next` does: "next", "more please", "another one", and
 * "what else?" or "anything else?" alone (of no one: "what else did he say?" is `ELSE_WORDS`).
 */
const NEXT_WORDS =
  /^(?:@\S+[\s:,]+)?(?:next(?: one| match| quote)?|more|another(?: one)?|show me (?:another|more|the next one)|(?:(?:so|and|ok|okay),? )?(?:what|(?:is there |got )?(?:anything|something)) else(?: (?:is there|have you got|you got|do you have))?)(?:[\s,]+(?:please|pls|plz))?[\s.!?]*$/iu;

/** How a follow-up may ask, before its verb phrase: "can you", "please", "@quotebot" aside. */
const ASKING = String.raw`^(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls |just )?`;
/** Politeness and punctuation that may end a follow-up. */
const ENDING = String.raw`(?:[\s,]+(?:please|pls|plz|thanks|thx))?[\s.!?]*$`;
/** "tell me more": after a quote its context, after a summary a longer one. */
const TELL_MORE = String.raw`tell (?:me|us) (?:a (?:bit|little) )?more`;

/**
 * Words that ask for the last quote's context, as `/context` does: "context please", "more context", "show me
 * the context", "what's the context?", "tell me more". The verb phrase alone: with other words ("the context
 * of the election") the message is read as any other.
 */
const CONTEXT_WORDS = new RegExp(
  `${ASKING}(?:(?:(?:show|give|get|send|tell) (?:me |us )?)?(?:(?:the|some|more|a bit of|a bit more|a little more|its|the surrounding) )?context|what(?:['’]?s| is| was) the context(?: of (?:it|that|this))?|${TELL_MORE}|(?:show|put|see) (?:it|that|this) in context)${ENDING}`,
  'iu',
);

/**
 * Words that ask why the last quote says what it does: "why?", "why did he say that?", "how come?", "what did
 * she mean?". The sentences around it tell, so they are its context.
 */
const WHY_WORDS = new RegExp(
  `${ASKING}(?:why(?: (?:is|was) (?:that|it|this)| did (?:he|she|they|the (?:author|writer)) (?:say|write) (?:that|it|this)| (?:that|so))?|how come|what (?:did|does|do) (?:he|she|they|the (?:author|writer)) mean(?: by (?:that|it|this))?)${ENDING}`,
  'iu',
);

/**
 * Words that ask what else the person just quoted says: "what else did he say?", "anything else from her?",
 * "did they say anything else?", "more from him".
 */
const ELSE_WORDS = new RegExp(
  `${ASKING}(?:(?:so |and )?what else (?:did|does|do|has|have) (?:he|she|they) (?:say|said|got to say|have to say)|(?:is there |got )?(?:anything|something) (?:else|more) (?:from|by) (?:him|her|them)|(?:did|does|has|have) (?:he|she|they) (?:say|said) anything else|more from (?:him|her|them))${ENDING}`,
  'iu',
);

/** Words that ask for the last quote as a card: "as a card", "make it a card", "can you send it as an image?". */
const CARD_WORDS = new RegExp(`${ASKING}${AS_A_CARD}${ENDING}`, 'iu');

/**
 * Words that ask whether there is anything newer on what was just quoted or summarised: "anything newer on
 * this?", "is there a more recent article?", "any updates?", "what's the latest on this?".
 */
const ON_THIS = String.raw`(?:on|about|re|regarding|with|for|of) (?:this|that|it|the same)(?: (?:one|${ITEM_NOUN}))?`;
const NEWER_WORDS = new RegExp(
  `${ASKING}(?:(?:so|and|ok|okay),? )?(?:(?:is|are) there |got |have you got |do you have |what(?:['’]?s| is) )?(?:(?:anything|something|any|an?|the) )?(?:(?:(?:newer|more recent|later|fresher)(?: (?:news|updates?|${ITEM_NOUN_OR_PLURAL}|ones?))?|updates?)(?: ${ON_THIS})?|(?:latest|newest|most recent) ${ON_THIS})${ENDING}`,
  'iu',
);
/** Words that point back at what the conversation is about: "on this", "about it". */
const POINTING_BACK = /\b(?:this|that|it)\b/iu;

/**
 * Words that ask for the last summary at another length: "shorter", "make it longer", "in more detail", "a
 * bit briefer please"; after a summary "more", "what else?" and "tell me more" are a longer one. Each way's
 * words, in a frame of its own.
 */
const resizeWords = (words: string): RegExp =>
  new RegExp(
    `${ASKING}(?:(?:make|keep) (?:it|that|this|the summary) |(?:give me |show me )?(?:a |an )?)?(?:(?:a )?(?:bit|little|lot|much|even|way) )*(?:${words})(?: (?:version|one|summary))?${ENDING}`,
    'iu',
  );
const RESIZE_WORDS = [
  {
    way: -1,
    pattern: resizeWords(
      String.raw`shorter|briefer|more (?:briefly|concise)|less detail(?:ed)?|(?:in|with) less detail|in fewer words`,
    ),
  },
  {
    way: 1,
    pattern: resizeWords(
      String.raw`longer|more|more detail(?:ed)?|(?:in|with) (?:more|greater|full) detail|in more depth|${TELL_MORE}|what else|anything else`,
    ),
  },
] as const;

/**
 * Words that ask for the last summary about something else: "and about health care?", "what about taxes?",
 * "how about the deficit": the same summary (its article, author, length) of that topic.
 */
const ABOUT_ANOTHER = /^(?:(?:and|but|so|ok|okay),? )?(?:(?:and )?(?:what|how) )?about (.+?)[\s?!.]*$/iu;

/**
 * "and honey?" after a summary: as "and about honey?" (`ABOUT_ANOTHER`), a question of a few words that opens
 * with "and"; not one that asks something else ("and who wrote it?", "and another one?").
 */
const AND_ANOTHER =
  /^and (?!(?:what|who|whom|whose|how|why|when|where|which|another|more|next|the next|then|is|are|was|were|do|does|did|can|could|will|would|should|it|that|this|so|shorter|longer)\b)((?:[\p{L}\p{N}'’-]+\s*){1,4}?)\s*\?+$/iu;

/**
 * What may be said around a sentence count that asks for the last summary at it: "in 2 sentences", "2 sentences
 * please", "make it 3 sentences", "just one sentence?" (the count itself taken out).
 */
const COUNT_ALONE = new RegExp(
  `${ASKING}(?:(?:make|keep|cut) (?:it|that|this)(?: (?:down )?to)? |(?:now |and )?)?(?:just |only )?${ENDING}`,
  'iu',
);

/**
 * Words that point back at the article the conversation is about: "it", "that", "this one", "that article"
 * (the kind of text, which the summary may have read as its topic).
 */
const THAT_ARTICLE = new RegExp(`\\b(?:it|that|this)(?:\\s+(one|${[...TEXT_KINDS].join('|')}))?\\b`, 'iu');

/**
 * Answers a chat message in its conversation and remembers the reply, the same on every surface: after a
 * quote, "next", "more", "another one" or "what else?" is its next match, "what else did he say?" the same
 * person's other words, "context please" or "why?" its context, "who wrote it?" or "when was that?" its
 * article, "who said that?" the person it quotes, and "summarize it" that article's summary; after a summary,
 * "shorter", "longer" and "more" are it at another length, and "and about X?" it of X (see `followUp`). The
 * conversations are the bot's, one per person and channel; `now` (ms) ages them.
 */
export function converse(
  bot: Bot,
  message: string,
  key: ConversationKey,
  now: number,
  options: Omit<IntentOptions, 'isWord' | 'isAuthor'> = {},
): BotReply {
  const conversation = bot.conversations.recall(key, now);
  const asked = followUp(bot, message, conversation, options);
  const reply = 'reply' in asked ? asked.reply : bot.handle(asked.request);
  bot.conversations.keep(
    key,
    remembered(conversation, reply, 'request' in asked ? asked.request : undefined),
    now,
  );
  return reply;
}

/**
 * What a message means after what the conversation remembers: a reply at once ("who wrote that?"), the
 * request it completes ("next" is the last quote's next match, "summarize it" its article's summary), or
 * else the message read on its own (`Bot.read`). "next" or "more" with no quote before it asks for one, as
 * `/next` does: it is no search for the word "next" ("another one" is a random quote, see `parseIntent`).
 */
export function followUp(
  bot: Bot,
  message: string,
  conversation: Conversation,
  options: Omit<IntentOptions, 'isWord' | 'isAuthor'> = {},
): { readonly reply: BotReply } | { readonly request: BotRequest } {
  const text = plainMessage(stripAddress(message, options.botName ?? 'quotebot')).trim();
  // "the second one", "the newer one" after "Which one did you mean?": the request asked again of that one.
  // "next" stays "next", though a title may say it ("… next week").
  const chosen =
    conversation.choosing && !NEXT_WORDS.test(text)
      ? choicePicked(text, conversation.choosing.choices)
      : undefined;
  if (conversation.choosing && chosen !== undefined)
    return { request: ofChoice(conversation.choosing.request, conversation.choosing.choices[chosen]!) };
  // "who wrote that?" after a quote is about that quote's article, not the whole library.
  if (conversation.article && SOURCE_WORDS.test(text)) {
    // "who said that?" of a report's quotation is the person it quotes, as the article names them.
    // Someone's words the article names no one for are not the writer's: it says so, not the byline alone.
    const speaker =
      SAID_WORDS.test(text) && conversation.quoted ? speakerOfQuote(bot, conversation.quoted) : undefined;
    const readBy = typeof speaker === 'string' ? readerOfQuote(bot, conversation.quoted!) : undefined;
    return {
      reply: {
        kind: 'source',
        article: conversation.article,
        ...(speaker === undefined ? {} : { speaker }),
        ...(readBy === undefined ? {} : { readBy }),
      },
    };
  }
  // "anything newer on this?": the same subject in an article newer than the one just shown.
  // With nothing before it, "anything newer on this?" asks for a quote first; "any updates?" is read as any.
  if (NEWER_WORDS.test(text) && conversation.article)
    return { request: newerOn(conversation, conversation.article) };
  if (NEWER_WORDS.test(text) && POINTING_BACK.test(text)) return noQuote(bot);
  // "shorter", "in more detail", "more" after a summary: the same summary at the next length that way.
  const resize = conversation.summary && RESIZE_WORDS.find(({ pattern }) => pattern.test(text));
  if (conversation.summary && resize) {
    // "shorter" of a summary of one sentence: it says that was the shortest, not the same sentence again.
    const one = resize.way < 0 && conversation.summary.count === 1;
    const request = one ? undefined : resized(conversation.summary, resize.way);
    // "longer" of a summary that is the whole article already: it says so, not the same sentences again
    // (past the longest length, that it was the longest, as before).
    const whole =
      request !== undefined && resize.way > 0 ? wholeArticleShown(bot, conversation.summary) : undefined;
    if (whole !== undefined)
      return { reply: { kind: 'no-follow-up', reason: 'whole-article', sentences: whole } };
    if (request !== undefined) return { request };
    return { reply: { kind: 'no-follow-up', reason: resize.way < 0 ? 'shortest' : 'longest' } };
  }
  // "and about health care?" after a summary: the same summary of that topic, not a quote of it.
  const topic = conversation.summary && (ABOUT_ANOTHER.exec(text)?.[1] ?? AND_ANOTHER.exec(text)?.[1]);
  if (conversation.summary && topic) return { request: aboutAnother(conversation.summary, topic) };
  if (NEXT_WORDS.test(text)) {
    if (conversation.followUps) return followUpCommand(bot, 'next', conversation);
    if (!/\banother\b/i.test(text)) return noQuote(bot);
  }
  // "what did the guest say?", "what did the host say about it?" after a quote: in that episode.
  const ofRole =
    conversation.article &&
    roleAskedOf(text, conversation.article.slug, conversation.followUps?.share.query.trim() || undefined);
  if (ofRole) return { request: ofRole };
  // "what else did he say?": the quoted person's other words in that article, not a search for "else".
  if (ELSE_WORDS.test(text)) return saidElse(bot, conversation);
  // "as a card", "make it a card": the quote just shown, as a card (the "Card" button's request).
  if (CARD_WORDS.test(text)) {
    if (!conversation.followUps) return noQuote(bot);
    const { card, share } = conversation.followUps;
    return { request: card ?? { ...share, card: true } };
  }
  // "context please" is the quote's surroundings, not a search for "context" (or its synonym "setting").
  if (CONTEXT_WORDS.test(text)) return followUpCommand(bot, 'context', conversation);
  // "why?" after a quote: the sentences around it; with no quote before, it is read as before.
  if (conversation.followUps && WHY_WORDS.test(text)) return followUpCommand(bot, 'context', conversation);
  // "when did he ask for troops?" after a quote of Lincoln: the question asked of him by name, as "what else
  // did he say?" knows whose words they were.
  const ofSpeaker = withSpeakerNamed(bot, text, conversation);
  // "summarize the story" after a quote from a story: that article, as "summarize it" is.
  const pointing = kindPointingBack(bot, ofSpeaker ?? text, conversation.article);
  const said = pointing ?? ofSpeaker ?? text;
  const read = bot.read(pointing ?? ofSpeaker ?? message, options);
  // "summarize it in 2 sentences", "in 2 sentences" after a summary: that summary (its article or topic) at that count.
  const recount = conversation.summary && resizedTo(conversation.summary, read, said);
  // "in 2 sentences" after a quote: its article's summary at that count, as "summarize it in 2 sentences" is.
  const counted =
    !conversation.summary && countAlone(read, said) ? quotedArticle(read, conversation) : undefined;
  return { request: recount || counted || aboutThatArticle(read, said, conversation.article) };
}

/**
 * "anything newer on this?": a quote of what the conversation was about (the last quote's words, the last
 * summary's topic, else the article's title) from an article dated after `article`, the newest first.
 */
function newerOn(conversation: Conversation, article: Attribution): BotRequest {
  const subject =
    conversation.followUps?.share.query.trim() ||
    conversation.summary?.request.topic?.trim() ||
    article.title;
  return { kind: 'quote', query: subject, recent: true, newerThan: article.slug };
}

/** A request that named several articles, of the one picked from them: by its slug, named whole. */
function ofChoice(request: BotRequest, choice: Attribution): BotRequest {
  if (request.kind !== 'quote' && request.kind !== 'summary') return request;
  return { ...request, article: choice.slug, described: undefined, continued: undefined };
}

/** A summary request of the article the conversation is about (after a quote); the request as read when none. */
function quotedArticle(read: BotRequest, conversation: Conversation): BotRequest | undefined {
  if (read.kind !== 'summary' || conversation.article === undefined) return undefined;
  return { ...read, article: conversation.article.slug };
}

/** Whether a message asks for a summary at a sentence count and nothing else: "in 2 sentences", "make it 3 sentences". */
function countAlone(read: BotRequest, text: string): boolean {
  return (
    read.kind === 'summary' &&
    read.sentences !== undefined &&
    COUNT_ALONE.test(`${text.replace(SENTENCE_COUNT, ' ').trim()} `)
  );
}

/**
 * "the story", "the poem": a kind of text named with "the", with nothing after it that says which ("the article
 * about oil", "the story by Ann Lee" name another).
 */
const THE_KIND =
  /\bthe\s+([\p{L}-]+)(?!\s+(?:about|on|called|titled|named|regarding|by|from|of|in\s+which)\b)/giu;

/**
 * A summary request that names the kind of text the conversation's article is ("summarize the story" after a
 * quote from it, "the poem" after one of a poem), with "it" for the kind: that article, before the one of that
 * kind the library has. Undefined when the message is no summary, or names no kind the article is.
 */
function kindPointingBack(bot: Bot, text: string, article: Attribution | undefined): string | undefined {
  if (article === undefined || bot.read(text).kind !== 'summary') return undefined;
  for (const match of text.matchAll(THE_KIND)) {
    if (!isOfKind(bot.library.articles, article.slug, match[0], bot.library.titleKinds)) continue;
    return `${text.slice(0, match.index)}it${text.slice(match.index + match[0].length)}`;
  }
  return undefined;
}

/**
 * A question whose subject is "he", "she" or "they" ("when did he ask for troops?", "where did she say it
 * happened"): the pronoun, which stands for the person just quoted.
 */
const PRONOUN_QUESTION =
  /^((?:when|where|why|how|what|which|who|whom)(?: \p{L}+)?\s+(?:did|does|do|was|is|were|has|have|had|will|would|could)\s+)(he|she|they)\b(?=\s+\p{L})/iu;

/**
 * A question of the person the last quote is theirs (the one its article credits it to, else its author), with
 * their name for the pronoun; undefined when the message is no such question, no quote came before, or the
 * question with the name finds nothing: "they" is often the researchers of any paper ("what method did they use
 * to measure ROS?"), and the question as asked may find what the name's words do not.
 */
function withSpeakerNamed(bot: Bot, text: string, conversation: Conversation): string | undefined {
  const { quoted, article } = conversation;
  const asked = PRONOUN_QUESTION.exec(text);
  if (asked === null || quoted === undefined || article === undefined) return undefined;
  const credited = speakerOfQuote(bot, quoted);
  const name = typeof credited === 'string' ? credited : article.author;
  const named = `${asked[1]}${name}${text.slice(asked[0].length)}`;
  return bot.handle(bot.read(named)).kind === 'no-match' ? undefined : named;
}

/** A follow-up of a quote with no quote before it: ask for one, with a word of the library. */
const noQuote = (bot: Bot): { readonly reply: BotReply } => ({
  reply: { kind: 'no-follow-up', reason: 'no-quote', example: bot.exampleWord() },
});

/** `/next` or `/context` (the console's commands; the buttons elsewhere): the last quote's follow-up. */
export function followUpCommand(
  bot: Bot,
  name: 'next' | 'context',
  conversation: Conversation,
): { readonly reply: BotReply } | { readonly request: BotRequest } {
  if (!conversation.followUps) return noQuote(bot);
  const { next, context, share } = conversation.followUps;
  if (name === 'next') return next ? { request: next } : { reply: noOtherQuote(share, conversation.article) };
  return { request: context ?? share };
}

/**
 * Why "next" has nothing after the last quote: a random quote (no words) was the only one of its author or
 * article, and is no match of words; else it was the only match.
 */
function noOtherQuote(share: QuoteRequest, article: Attribution | undefined): BotReply {
  if (share.query !== '') return { kind: 'no-follow-up', reason: 'only-match' };
  return {
    kind: 'no-follow-up',
    reason: 'only-quote',
    ...(share.author !== undefined && article !== undefined ? { speaker: article.author } : {}),
    ...(share.article !== undefined && article !== undefined ? { article } : {}),
  };
}

/**
 * "what else did he say?" after a quote: the words the article quotes next from the person who said it (who
 * is named), or else its next quote, shown as a quote of that article at its place (see `quoteAfter`).
 */
function saidElse(bot: Bot, conversation: Conversation): { readonly reply: BotReply } {
  const { followUps, quoted } = conversation;
  if (!followUps || !quoted) return noQuote(bot);
  const { speaker, index } = quoteAfter(bot, quoted);
  if (index === undefined)
    return {
      reply:
        speaker === undefined
          ? { kind: 'no-follow-up', reason: 'only-match' }
          : { kind: 'no-follow-up', reason: 'nothing-else', speaker },
    };
  const saidElse = speaker === undefined ? {} : { speaker };
  return { reply: bot.handle({ kind: 'quote', query: '', article: quoted.slug, position: index, saidElse }) };
}

/**
 * The last summary one length shorter (-1) or longer (1); one of an exact count (`sentences:5`) two sentences
 * fewer or more. Undefined when it was already the shortest or the longest there is.
 */
function resized(last: LastSummary, way: -1 | 1): BotRequest | undefined {
  const { request, length } = last;
  if (request.sentences !== undefined) {
    const sentences = Math.min(SUMMARY_MAX_SENTENCES, Math.max(1, request.sentences + 2 * way));
    return sentences === request.sentences ? undefined : { ...request, sentences };
  }
  const next = SUMMARY_LENGTHS[SUMMARY_LENGTHS.indexOf(length) + way];
  return next === undefined ? undefined : { ...request, length: next };
}

/**
 * How many sentences the article of the last summary has, when that summary showed every one of them (an
 * article of one sentence: "longer" has nothing to add); undefined otherwise.
 */
function wholeArticleShown(bot: Bot, last: LastSummary): number | undefined {
  if (last.shown === undefined) return undefined;
  const article = bot.library.article(last.shown.slug);
  const sentences = article?.sentences.filter(isQuotable).length;
  return sentences !== undefined && sentences > 0 && last.shown.sentences >= sentences
    ? sentences
    : undefined;
}

/** A summary request without its topic. */
function withoutTopic(
  request: Extract<BotRequest, { kind: 'summary' }>,
): Extract<BotRequest, { kind: 'summary' }> {
  const { topic: _topic, ...rest } = request;
  return rest;
}

/** The last summary as asked (its article, author, length or count) of another topic. */
function aboutAnother(last: LastSummary, topic: string): BotRequest {
  const { continued: _continued, ...request } = last.request;
  return { ...request, topic };
}

/**
 * The last summary as asked, at the count or length a message asks for, when the message asks for nothing else:
 * the count alone ("in 2 sentences", "make it 3 sentences") or a summary of "it", "that" or "this one"
 * ("summarize it in 2 sentences", "summarize that briefly"). "Summarize that article…" names the article
 * (`aboutThatArticle`); undefined for any other message.
 */
function resizedTo(last: LastSummary, read: BotRequest, text: string): BotRequest | undefined {
  if (read.kind !== 'summary' || (read.sentences === undefined && read.length === undefined))
    return undefined;
  const alone = countAlone(read, text);
  const pointer = THAT_ARTICLE.exec(text);
  const pointed =
    pointer !== null &&
    pointer[1] === undefined &&
    read.topic === undefined &&
    read.article === undefined &&
    read.author === undefined;
  if (!alone && !pointed) return undefined;
  const { sentences: _sentences, length: _length, ...previous } = last.request;
  // "summarize it in 2 sentences in french": asked in that language too, as "summarize it in french" is.
  const asked = read.language === undefined ? previous : { ...previous, language: read.language };
  return read.sentences === undefined
    ? { ...asked, length: read.length }
    : { ...asked, sentences: read.sentences };
}

/**
 * "summarize it", "summarize that article in 2 sentences", "what is it about?": a summary that names no
 * article or author, no topic but the kind of text pointed at ("that speech"), and points back with "it",
 * "that" or "this one", is of the article the conversation is about.
 */
function aboutThatArticle(request: BotRequest, text: string, article: Attribution | undefined): BotRequest {
  if (request.kind !== 'summary' || article === undefined) return request;
  if (request.article !== undefined || request.author !== undefined) return request;
  const pointer = THAT_ARTICLE.exec(text);
  if (!pointer) return request;
  const topic = request.topic?.toLowerCase();
  if (topic !== undefined && topic !== pointer[1]?.toLowerCase()) return request;
  return { ...request, topic: undefined, article: article.slug };
}

/**
 * The conversation after a reply to `request`: a quote's follow-ups (after anything else, "next" has no quote
 * to go on with), a summary's request ("shorter"), and the article the reply is about. Answers from the
 * memory ("who wrote it?"), a line back to thanks or "ok", help (an aside: "how do I add an article?") and a
 * request that found nothing leave it as it was: "thanks", "/help" or a search for nothing then "next" goes on.
 */
export function remembered(previous: Conversation, reply: BotReply, request?: BotRequest): Conversation {
  // "Which one did you mean?": the next message may pick one of the articles it lists.
  const conversation: Conversation = { ...previous, choosing: undefined };
  if (reply.kind === 'unknown-article' && reply.choices !== undefined && request !== undefined)
    return { ...conversation, choosing: { request, choices: reply.choices } };
  if (SHOWS_NOTHING_NEW.has(reply.kind)) return conversation;
  const followUps = reply.kind === 'quote' ? reply.followUps : undefined;
  const summary = summaryShown(reply, request);
  const about = articleOf(reply);
  if (about === undefined) return { ...conversation, followUps, summary };
  return {
    followUps,
    article: about ?? undefined,
    quoted: reply.kind === 'quote' ? reply.hit.passage : undefined,
    summary,
    choosing: undefined,
  };
}

/**
 * Replies that leave the quote or summary on screen the one a follow-up goes on from: a source line, help,
 * and a request that found nothing ("next" and "/context" after "No passage matches …" are still about the
 * quote above it).
 */
const SHOWS_NOTHING_NEW: ReadonlySet<BotReply['kind']> = new Set([
  'source',
  'no-follow-up',
  'help',
  'no-match',
  'invalid-query',
  'unknown-article',
  'unknown-author',
]);

/** The summary a reply shows, as asked and at the length shown, for "shorter" and "longer" after it. */
function summaryShown(reply: BotReply, request: BotRequest | undefined): LastSummary | undefined {
  if (request?.kind !== 'summary') return undefined;
  if (reply.kind === 'summary') {
    const { article, topic, length, sentences } = reply.summary;
    // "summarize the faq": the article its words named is the summary's, for "what about X?" after it.
    const named =
      topic === null && request.article === undefined && request.author === undefined && !reply.newest
        ? { ...withoutTopic(request), article: article.slug }
        : request;
    return {
      request: named,
      length,
      count: sentences.length,
      ...(topic === null ? { shown: { slug: article.slug, sentences: sentences.length } } : {}),
    };
  }
  if (reply.kind === 'library-summary' && reply.summary.kind === 'found') {
    const count = reply.summary.excerpts.reduce((sum, excerpt) => sum + excerpt.sentences.length, 0);
    return { request, length: reply.summary.length, count };
  }
  return undefined;
}

/**
 * The article a reply is about, for "who wrote it?" after it: a quote's, a summary's, a library summary's or a
 * list's of one article; null of several (then "who wrote it?" lists them); undefined of none (help, no match:
 * the conversation is still about the article before).
 */
function articleOf(reply: BotReply): Attribution | null | undefined {
  switch (reply.kind) {
    case 'quote':
      return reply.hit.article;
    case 'summary':
      return reply.summary.article;
    case 'library-summary':
      if (reply.summary.kind !== 'found') return undefined;
      return reply.summary.excerpts.length === 1 ? reply.summary.excerpts[0]!.article : null;
    case 'articles':
      // "what's the newest one?": the conversation is about that article ("summarize it", "who wrote it?").
      if (reply.kind === 'articles' && reply.fact !== undefined && reply.articles.length === 1)
        return reply.articles[0]!;
      return reply.articles.length === 1 && reply.total === 1 ? reply.articles[0]! : null;
    case 'author':
      return reply.articles.length === 1 && reply.total === 1 ? reply.articles[0]! : null;
    default:
      return undefined;
  }
}
