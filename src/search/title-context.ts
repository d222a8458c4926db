import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { lowerBound } from './bounds.js';
import type { PassageRange } from './candidates.js';
import { MAX_MASKED_TERMS, type CompiledTerm } from './compiled-query.js';
import { neighbourCredits } from './neighbour-context.js';
import type { QueryTerm } from './query.js';
import { labelToken } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';
import { surnameCredits } from './surnames.js';
import { pronounCredits } from './pronouns.js';
import { speakerCredits } from './quoted-speakers.js';
import { NO_LEXICON, type Lexicon } from './lexicon.js';
import { InterviewContext, type AnswersOf } from './interview-context.js';

/**
 * What a title word is worth to a sentence that does not say it, as a share of the word's match: below
 * every way a sentence can say the word itself (the weakest, a related word, counts 0.6), because the
 * title only says what the article is about, and the same half-word share the engine gives to the other
 * thing a sentence implies without the query's words (the answer to a question, `ANSWER_WORD_SHARE`).
 */
export const TITLE_QUALITY = 0.5;

/**
 * The query words each article's title has, for the articles whose title has any (see `TitleContext`), and
 * the given names credited to sentences that say only a surname (see `surnameCredits`), the speaker's name to
 * the quotations that do not name them (see `speakerCredits`), the words of their
 * neighbours (see `neighbourCredits`), or an interview's question and interviewee to its answers (see
 * `InterviewContext`): disjoint spans of passages (an article, or one sentence of it), each
 * with its words.
 */
export class TitleCredits {
  constructor(
    /** First and end passage of each credited span, ascending. */
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    /** Per credited span, the query terms credited to it (bit i: term i). */
    readonly masks: Uint32Array,
    /** Per credited span, n qualities (0 where the term is not credited). */
    readonly qualities: Float64Array,
    readonly termCount: number,
    /**
     * Per credited span, the credited terms that an interview's question credits its answer (bit i: term
     * i): they count as the sentence's own (see `InterviewContext`).
     */
    readonly asked: Uint32Array = new Uint32Array(starts.length),
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /** The credited span that holds passage `at`, or -1. */
  find(at: number): number {
    const k = lowerBound(this.ends, at + 1);
    return k < this.starts.length && this.starts[k]! <= at ? k : -1;
  }

  /** First passage of credited span k. */
  from(k: number): number {
    return this.starts[k]!;
  }

  /** End passage (exclusive) of credited span k. */
  to(k: number): number {
    return this.ends[k]!;
  }
}

/** What an article's heading says it is about: its title, and its author's name and initials. */
export interface ArticleHeading {
  readonly title: string;
  readonly names: string;
}

/**
 * Each article's title, and the names of its first sentence (`leadNames`), as weak context for its sentences:
 * a sentence of the article titled "China keeps tight rein on credit" is about China even where it says only
 * "soaring prices". The scorer lets a query word that the title has and the sentence lacks count at
 * `TITLE_QUALITY`, never alone (see `PassageScorer`). Built from the index's passages (each article's are
 * contiguous) and their titles.
 */
export class TitleContext {
  /** Per title word (an index term id), the articles whose title has it, ascending. */
  private readonly articlesOf = new Map<number, number[]>();
  /**
   * Per name word of an article (its author's, its lead's names), the articles that name it: found by the
   * query word itself, its forms, another spelling, a typo or a derived form of it ("french": France), but
   * by no looser relative of a plain word ("scored" is no "Mark" Ellison's, though "mark" is a synonym of
   * "score"), as a name's own relatives are not followed to plain words ("Rose" is no "rise"). A query
   * word that is a name finds them by its synonyms too ("ike": Eisenhower).
   */
  private readonly articlesOfName = new Map<number, number[]>();
  /** Per stem of a title word no sentence has ("Ferry strike ends" over sentences without "strike"). */
  private readonly articlesOfStem = new Map<string, number[]>();

  private constructor(
    private readonly index: SentenceIndex,
    /** First passage of each article, ascending, then the passage count. */
    private readonly starts: Uint32Array,
    /** Tells a description before a name from the name, as who said a quotation is read (`speakerCredits`). */
    private readonly lexicon: Lexicon,
    /** The interviews' questions and interviewees, credited to their answers (see `InterviewContext`). */
    private readonly interviews: InterviewContext | undefined,
    /** The quality of a derived form: a name word needs a match as good, unless the query word is a name. */
    private readonly derivedQuality: number,
  ) {}

  /**
   * Whether a query word is a name: capitalised, of a name, or known to the dictionary only as one. A word of
   * a phrase the dictionary knows ("right to vote") is no name: its phrase's relatives ("constitution") are
   * no name a lead sentence says.
   */
  private isName(word: QueryTerm): boolean {
    return (
      word.required ||
      (word.name !== undefined && word.phrase !== true) ||
      this.lexicon.isName?.(word.label.toLowerCase()) === true
    );
  }

  /** Whether the word as typed is a word of the sentences (then no title holds it apart from them). */
  private indexed(label: string): boolean {
    return this.index.hasTerm(label.toLowerCase());
  }

  static of(
    index: SentenceIndex,
    titleOf: (slug: string) => ArticleHeading | undefined,
    lexicon: Lexicon = NO_LEXICON,
    derivedQuality = 0,
    answersOf?: AnswersOf,
  ): TitleContext {
    const starts: number[] = [];
    /** Per article, its title, and its author's and its lead's names: what the article says it is about. */
    const titles: { title: string; names: string }[] = [];
    let slug: string | undefined;
    for (let at = 0; at < index.passageCount; at++) {
      const passage = index.passages[at]!;
      if (passage.slug !== slug) {
        slug = passage.slug;
        starts.push(at);
        const heading = titleOf(slug);
        titles.push({
          title: heading?.title ?? '',
          names: `${heading?.names ?? ''} ${leadNames(passage.text)}`,
        });
      }
    }
    starts.push(index.passageCount);
    const interviews = answersOf && new InterviewContext(index, answersOf);
    const context = new TitleContext(index, Uint32Array.from(starts), lexicon, interviews, derivedQuality);
    for (const [article, { title, names }] of titles.entries()) {
      const stems = new Set<string>();
      for (const [text, byId] of [
        [title, context.articlesOf],
        [names, context.articlesOfName],
      ] as const) {
        const ids = new Set<number>();
        for (const token of tokenize(text)) {
          if (STOPWORDS.has(token.term)) continue;
          const id = index.termId(token.term);
          if (id !== undefined) ids.add(id);
          else stems.add(token.stem);
        }
        for (const id of ids) append(byId, id, article);
      }
      for (const stem of stems) append(context.articlesOfStem, stem, article);
    }
    return context;
  }

  /**
   * The articles of the range whose title has some of the query's content words, with each word's
   * credit, and the sentences credited a given name (`surnameCredits`), their speaker's name
   * (`speakerCredits`), their interview's question and interviewee (`InterviewContext`) or, with `neighbours`, the
   * words of the sentences next to them (`neighbourCredits`, for sentences with `ownWords` of the query's words);
   * undefined when none has any. A word in more than half of the range's titles (when it holds several
   * articles) tells no article from the others and earns nothing: "address" in a library of addresses
   * titled so.
   */
  /** The answer sentences of the range whose speaker has every one of the name's terms (see `InterviewContext`). */
  answersBy(names: readonly string[], range: PassageRange): number[] {
    return this.interviews?.answersBy(names, range) ?? [];
  }

  creditsFor(
    terms: readonly CompiledTerm[],
    words: readonly QueryTerm[],
    range: PassageRange,
    neighbours?: { readonly ownWords: number },
  ): TitleCredits | undefined {
    const interview = this.interviews?.creditsFor(terms, words, range);
    const named = withNeighbours(
      withNeighbours(
        withNeighbours(
          withNeighbours(
            surnameCredits(this.index, this.starts, words, range),
            pronounCredits(this.index, this.starts, words, range),
          ),
          speakerCredits(this.index, this.lexicon, words, range),
        ),
        neighbours && neighbourCredits(this.index, this.starts, terms, range, neighbours.ownWords),
      ),
      interview?.qualities,
    );
    if (
      this.articlesOf.size === 0 &&
      this.articlesOfName.size === 0 &&
      this.articlesOfStem.size === 0 &&
      named === undefined
    )
      return undefined;
    const first = upperBound(this.starts, range.from) - 1;
    const end = lowerBound(this.starts, range.to);
    const articles = end - first;
    const n = terms.length;
    let credited: Map<number, Float64Array> | undefined;
    for (let i = 0; i < n && i < MAX_MASKED_TERMS; i++) {
      const term = terms[i]!;
      if (term.light) continue;
      // Most query words are in no title: no allocation for them.
      let found: Map<number, number> | undefined;
      // Read once per word, and only for a name word's article found by a looser relative.
      let name: boolean | undefined;
      for (const units of term.alternatives) {
        if (units.length !== 1) continue;
        for (const [id, quality] of units[0]!) {
          found = withArticles(found, this.articlesOf.get(id), quality, first, end);
          const named = this.articlesOfName.get(id);
          if (named !== undefined && (quality >= this.derivedQuality || (name ??= this.isName(words[i]!))))
            found = withArticles(found, named, quality, first, end);
        }
      }
      // A word no sentence has (its alternatives here are at most typos of others) may be a title's.
      if (this.articlesOfStem.size > 0 && !this.indexed(words[i]!.label)) {
        found = withArticles(
          found,
          this.articlesOfStem.get(labelToken(words[i]!.label)?.stem ?? ''),
          1,
          first,
          end,
        );
      }
      if (found === undefined || (articles > 1 && 2 * found.size > articles)) continue;
      credited ??= new Map();
      for (const [article, quality] of found) {
        let qualities = credited.get(article);
        if (qualities === undefined) credited.set(article, (qualities = new Float64Array(n)));
        qualities[i] = quality * TITLE_QUALITY;
      }
    }
    if (credited === undefined && named === undefined) return undefined;
    // Disjoint spans, ascending: each credited article, split around its sentences credited a name.
    const spans: { from: number; to: number; qualities: Float64Array }[] = [];
    const add = (from: number, to: number, qualities: Float64Array): void => {
      if (from < to) spans.push({ from, to, qualities });
    };
    const points = named ? [...named.keys()].sort((a, b) => a - b) : [];
    let p = 0;
    for (const article of [...(credited?.keys() ?? [])].sort((a, b) => a - b)) {
      const from = Math.max(range.from, this.starts[article]!);
      const to = Math.min(range.to, this.starts[article + 1]!);
      const own = credited!.get(article)!;
      for (; p < points.length && points[p]! < from; p++)
        add(points[p]!, points[p]! + 1, named!.get(points[p]!)!);
      let at = from;
      for (; p < points.length && points[p]! < to; p++) {
        const point = points[p]!;
        add(at, point, own);
        add(
          point,
          point + 1,
          own.map((quality, i) => Math.max(quality, named!.get(point)![i]!)),
        );
        at = point + 1;
      }
      add(at, to, own);
    }
    for (; p < points.length; p++) add(points[p]!, points[p]! + 1, named!.get(points[p]!)!);
    const masks = new Uint32Array(spans.length);
    const qualities = new Float64Array(spans.length * n);
    const asked = new Uint32Array(spans.length);
    for (const [k, span] of spans.entries()) {
      qualities.set(span.qualities, k * n);
      for (let i = 0; i < n && i < MAX_MASKED_TERMS; i++) if (span.qualities[i]! > 0) masks[k]! |= 1 << i;
      // A sentence credited a question's words is a span of its own (a point of `named`).
      if (interview !== undefined && span.to === span.from + 1)
        asked[k] = interview.asked.get(span.from) ?? 0;
    }
    return new TitleCredits(
      Uint32Array.from(spans, (span) => span.from),
      Uint32Array.from(spans, (span) => span.to),
      masks,
      qualities,
      n,
      asked,
    );
  }
}

/**
 * `found` with the articles of `list` between `first` and `end` (exclusive) that it has at a lower quality, or
 * not at all, at `quality`: made on the first such article, so that a word in no title allocates nothing.
 */
function withArticles(
  found: Map<number, number> | undefined,
  list: readonly number[] | undefined,
  quality: number,
  first: number,
  end: number,
): Map<number, number> | undefined {
  if (list === undefined) return found;
  for (let k = lowerBound(list, first); k < list.length && list[k]! < end; k++) {
    const article = list[k]!;
    found ??= new Map();
    if ((found.get(article) ?? 0) < quality) found.set(article, quality);
  }
  return found;
}

/** Per passage, the better of its surname and its neighbours' credit for each word. */
function withNeighbours(
  named: Map<number, Float64Array> | undefined,
  near: Map<number, Float64Array> | undefined,
): Map<number, Float64Array> | undefined {
  if (named === undefined || near === undefined) return named ?? near;
  for (const [at, qualities] of near) {
    const own = named.get(at);
    named.set(at, own ? own.map((quality, i) => Math.max(quality, qualities[i]!)) : qualities);
  }
  return named;
}

/** A capitalised word that does not start its sentence. */
const LEAD_NAME = /(?<=\S\s+)\p{Lu}\p{L}+/gu;

/**
 * The names in an article's first sentence: a news lead names what the article is about, as its title does,
 * and the later sentences often say only "him", "the company", "the book" ("Sir Joshua Reynolds' Portrait of
 * Omai will get a public airing…" / "Sir Joshua painted him after his arrival in 1774").
 */
function leadNames(text: string): string {
  return (text.match(LEAD_NAME) ?? []).join(' ');
}

function append<K>(map: Map<K, number[]>, key: K, article: number): void {
  const list = map.get(key);
  if (list) list.push(article);
  else map.set(key, [article]);
}

/** First position whose value is > `value`. */
function upperBound(values: Uint32Array, value: number): number {
  return lowerBound(values, value + 1);
}
