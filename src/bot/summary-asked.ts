import { libraryAsTopicIn, wholeLibraryIn } from '../summary/library-summary.js';
import { foldText } from '../text/fold.js';
import { isSummaryLength, type SummaryLength } from '../summary/options.js';
import { articleNamedIn, onlyPlaceWords, sameWords } from './article-named.js';
import { lengthAsked, withoutLengthWords } from './length-asked.js';
import { ALL_ALONE, isAll } from './library-named.js';
import { wordsOf, type Word } from './message-words.js';
import { latestOnIn } from './recent-asked.js';
import { subjectOf } from './request-subject.js';
import { summaryAuthor } from './summary-author-asked.js';
import type { BotRequest } from './requests.js';
import type { IntentOptions } from './intent-options.js';
import type { IntentFound } from './request-kind.js';
import type { SentenceRead } from './sentence-read.js';
import { textKindNamed } from './text-kind.js';

/** "the story", "that poem": a kind of text named with "the", "that" or "this", for `kindArticleIn`. */
const KIND_NAMED = /\b(?:the|that|this)\s+[\p{L}-]+/giu;

/** The slug of the one article a kind of text named in the words is ("summarize the story"), as `articleOfKind` finds it. */
function kindArticleIn(text: string, options: IntentOptions): string | undefined {
  for (const [phrase] of text.matchAll(KIND_NAMED)) {
    const slug = options.articleOfKind?.(phrase);
    if (slug !== undefined) return slug;
  }
  return undefined;
}

/**
 * The words of an article named by whose it is and its kind ("tanaka article" of "summarize the tanaka
 * article"), when they name articles so (`ownedOfKind`); undefined otherwise. `described` is the name before
 * the kind, as `articleNamedIn` read it.
 */
function ownerAndKindIn(text: string, described: string, options: IntentOptions): string | undefined {
  const escaped = described.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const kind = new RegExp(`${escaped}\\s+([\\p{L}-]+)`, 'iu').exec(text)?.[1];
  if (kind === undefined) return undefined;
  const words = `${described} ${kind}`;
  return options.ownedOfKind?.(words) === true ? words : undefined;
}

/**
 * "the news article", "the seminar": a kind of text the words name with "the", "that" or "this" that several
 * articles of the library are, but not all (`severalOfKind`), folded as the topic that asks which of them.
 */
function severalKindIn(text: string, options: IntentOptions): string | undefined {
  for (const [phrase] of text.matchAll(KIND_NAMED))
    if (options.severalOfKind?.(phrase) === true) return foldText(phrase);
  return undefined;
}

/**
 * A topic that is only a kind of text the words named with "the", "that" or "this" ("summarize the letter"),
 * with that word kept ("the letter"): one article or several of that kind, not what the texts say of the word.
 * Any other topic as it is.
 */
function kindDetermined(text: string, topic: string | undefined): string | undefined {
  const named = topic === undefined ? undefined : textKindNamed(topic);
  if (named === undefined || named.determined || named.everyText) return topic;
  for (const [phrase] of text.matchAll(KIND_NAMED))
    if (foldText(phrase).replace(/^\S+\s+/u, '') === named.kind) return foldText(phrase);
  return topic;
}

/**
 * The slug of the one article a kind of text names when it is the only word after the request word ("summary
 * story", "summarize story"): "the story", as `/summary story` reads it, though "story" alone is no topic.
 */
function kindAloneAfter(
  words: readonly Word[],
  at: number | undefined,
  options: IntentOptions,
): string | undefined {
  if (at === undefined) return undefined;
  const named = textKindNamed(
    words
      .slice(at + 1)
      .map((word) => word.raw)
      .join(' '),
  );
  return named === undefined || named.determined ? undefined : options.articleOfKind?.(`the ${named.kind}`);
}

/**
 * The slug of the one article an article's name (`described`) and the kind of text after it in the words name
 * (`titledOfKind`: "the luis ortega episode"); undefined when no kind follows it, or no one article is both.
 */
function titledKindIn(text: string, described: string, options: IntentOptions): string | undefined {
  const folded = foldText(text);
  const name = foldText(described);
  const at = folded.indexOf(name);
  const kind = at < 0 ? undefined : /^\s+([\p{L}-]+)/u.exec(folded.slice(at + name.length))?.[1];
  return kind === undefined ? undefined : options.titledOfKind?.(`${name} ${kind}`);
}

/** "what the club guide asks about marriage": a text named with "the" and a kind, and what it says about. */
const DOCUMENT_VIEW =
  /\bwhat (?:(?:do|does|did) )?((?:the|this|that) [\p{L}\p{N} '’-]+?) (?:says?|said|asks?|asked|thinks?|writes?|wrote|argues?|covers?|tells? us) (?:about|on|regarding) (.+?)[\s?!.]*$/iu;

/** The one article and the topic `DOCUMENT_VIEW` reads (`documentNamed`); undefined when it names none. */
function documentView(
  text: string,
  options: IntentOptions,
): { readonly article: string; readonly topic: string } | undefined {
  const match = DOCUMENT_VIEW.exec(text);
  const slug = match === null ? undefined : options.documentNamed?.(match[1]!);
  return slug === undefined ? undefined : { article: slug, topic: match![2]!.trim() };
}

/**
 * The request word a summary is read from; `short` when a quote phrase asks for the gist ("a quote that sums
 * up the article").
 */
export type SummaryFound =
  IntentFound | { readonly intent: 'summary'; readonly at: number; readonly short: boolean };

/**
 * The summary a sentence asks for, in whatever language (see `readRequest`): of an author's texts or of what
 * someone says, of the whole library, of an article it names or on a topic, at the length it asks for.
 */
export function summaryAsked(
  read: SentenceRead,
  found: SummaryFound | undefined,
  options: IntentOptions,
): Extract<BotRequest, { kind: 'summary' }> {
  const { text, words, corrected, named, article, sentences } = read;
  const namedLength = named['length']?.toLowerCase();
  const sized = lengthAsked(words, options.isTitlePart);
  const lengthOf = (asked: SummaryLength | undefined): SummaryLength | undefined =>
    isSummaryLength(namedLength) ? namedLength : found && 'short' in found ? 'short' : asked;
  const length = lengthOf(sized.length);
  const plain = withoutLengthWords(text, sized.asking);
  // "summarize what the club guide asks about marriage": that one article's sentences on it.
  const document = named['author'] || article ? undefined : documentView(plain, options);
  if (document !== undefined)
    return {
      kind: 'summary',
      topic: named['topic'] || document.topic,
      length,
      ...(sentences === undefined ? {} : { sentences }),
      article: document.article,
    };
  // "summarize the articles by bbc news", "summarize what obama says about energy": `/summary author:`.
  const theirs = named['author'] || article ? undefined : summaryAuthor(plain, options);
  // "summarize what hale says about the bridge": Hale's words on it ("hale on the bridge"), as the search
  // finds them across the library.
  if (theirs && 'said' in theirs)
    return {
      kind: 'summary',
      topic: named['topic'] || `${theirs.said} on ${theirs.topic}`,
      length,
      ...(sentences === undefined ? {} : { sentences }),
    };
  if (theirs)
    return {
      kind: 'summary',
      topic: named['topic'] || theirs.topic,
      length,
      ...(sentences === undefined ? {} : { sentences }),
      article,
      author: theirs.author,
      // Its name read apart from the topic: no word of "energy" goes on naming "obama".
      ...(theirs.topic === 'all' ? {} : { authorWhole: true as const }),
    };
  const subject = named['topic'] || subjectOf(text, words, found?.at ?? 0, false, sized.asking, sized.naming);
  // "summarize reagan": a subject that only names an author is theirs, not the word "reagan" in the texts;
  // "summarize the library" is the whole library, though an author is "Millbrook Library".
  const libraryNamed = wholeLibraryIn(corrected)?.toLowerCase();
  if (
    !named['topic'] &&
    !named['author'] &&
    article === undefined &&
    subject &&
    !(libraryNamed?.includes(subject.toLowerCase()) ?? false) &&
    options.isAuthor?.(subject)
  )
    return { kind: 'summary', length, ...(sentences === undefined ? {} : { sentences }), author: subject };
  // "summarize the latest article": which article, not what about.
  // "summarize all the articles", "tl;dr of every speech" ask for the whole library, not a topic, whatever
  // of those words the subject kept ("every"); "all the articles about oil" asks about oil.
  // "summarize all", "summary them all" (as `/summary all`): the whole library too.
  const allAlone = words.every((word) => word.intent !== undefined || ALL_ALONE.has(word.folded));
  // "what do the articles say about the library?": libraries are what it asks about, this one or not.
  const spokenOf = libraryAsTopicIn(corrected);
  const whole =
    spokenOf === undefined
      ? (wholeLibraryIn(corrected) ?? (allAlone && words.some(isAll) ? 'all' : undefined))
      : undefined;
  const topic =
    spokenOf ??
    (whole !== undefined &&
    (subject === undefined || onlyPlaceWords(subject) || whole.toLowerCase().includes(subject.toLowerCase()))
      ? whole
      : subject !== undefined && onlyPlaceWords(subject)
        ? undefined
        : subject);
  // "summarize the latest episode": the newest episode, not the newest article of any kind.
  const newestOfKind =
    article === undefined && !named['topic'] && !named['author'] ? options.newestOfKind?.(plain) : undefined;
  if (newestOfKind !== undefined)
    return {
      kind: 'summary',
      length,
      ...(sentences === undefined ? {} : { sentences }),
      article: newestOfKind,
    };
  // "summarize rfc 12", "the v2.14.0 release notes": the one document whose title carries that identifier.
  const identified =
    article === undefined && !named['topic'] && !named['author']
      ? options.articleIdentified?.(plain)
      : undefined;
  if (identified !== undefined)
    return {
      kind: 'summary',
      length,
      ...(sentences === undefined ? {} : { sentences }),
      article: identified,
    };
  const described = article === undefined ? articleNamedIn(plain) : undefined;
  // "summarize the tanaka article", "the Okafor paper": the text of that kind its scholar wrote first (of
  // several, which one), not one about "tanaka" (see `ownedOfKind`).
  const owned = described === undefined ? undefined : ownerAndKindIn(plain, described, options);
  if (owned !== undefined && !named['topic'] && !named['author'])
    return { kind: 'summary', topic: owned, length, ...(sentences === undefined ? {} : { sentences }) };
  // "summarize the story": the one text its kind's sure words tell (a "Fiction" page's), as `/summary story`
  // finds it, though "story" alone is every text and no topic.
  const ofKind =
    article === undefined && described === undefined && topic === undefined && !named['author']
      ? (kindArticleIn(plain, options) ?? kindAloneAfter(words, found?.at, options))
      : undefined;
  // "summarize the luis ortega episode" of the episode and its show notes, both titled so: the episode.
  const titledOfKind = described === undefined ? undefined : titledKindIn(plain, described, options);
  const namedArticle = article ?? titledOfKind ?? described ?? ofKind;
  // "summarize the news article" of two news pieces: which one, not the newest article of any kind.
  const severalKind =
    namedArticle === undefined && topic === undefined && !named['author']
      ? severalKindIn(plain, options)
      : undefined;
  if (severalKind !== undefined)
    return { kind: 'summary', topic: severalKind, length, ...(sentences === undefined ? {} : { sentences }) };
  return {
    kind: 'summary',
    // "summarize the yukos article": the article, not "yukos" across the library.
    topic:
      described !== undefined && sameWords(topic, described)
        ? undefined
        : named['topic']
          ? topic
          : kindDetermined(plain, topic),
    // "summarize everything" is "summarize all": the words that name the whole library set no length.
    length:
      whole !== undefined && topic === whole
        ? lengthOf(lengthAsked(wordsOf(corrected.replace(whole, ' ')), options.isTitlePart).length)
        : length,
    ...(sentences === undefined ? {} : { sentences }),
    article: namedArticle,
    // "summarize author:reagan": theirs, as `/summary author:` (see `Bot`), not the newest of the library.
    ...(named['author'] ? { author: named['author'] } : {}),
    ...(described === undefined || titledOfKind !== undefined ? {} : { described: true as const }),
    // "summarize the latest on the bridge": the newest article's summary on it, by the articles' dates.
    ...(namedArticle === undefined &&
    topic !== undefined &&
    topic !== whole &&
    latestOnIn(plain) !== undefined
      ? { recent: true as const }
      : {}),
  };
}
