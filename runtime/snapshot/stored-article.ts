import type { Article, ArticleMeta, Paragraph, Passage } from '../../src/index.js';

/**
 * Where the sentences and paragraphs of the stored articles lie, one row per sentence (or paragraph) of
 * every article in turn: character offsets in the body (as `Passage` has them) and byte offsets in the
 * article's UTF-8 body (to read a sentence's text without decoding the whole body).
 */
export interface TextRows {
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly byteStart: Uint32Array;
  readonly byteEnd: Uint32Array;
}

export interface SentenceRows extends TextRows {
  readonly paragraph: Uint32Array;
  /** Index of the earlier sentence with the same words, or -1. */
  readonly duplicate: Int32Array;
}

/**
 * An article read from the library snapshot: metadata in memory, text left in the snapshot's buffer and
 * decoded when a sentence, paragraph or the body is read. A library of a million sentences then holds
 * its text once (as UTF-8), not as strings in the body, the paragraphs and the sentences.
 */
export class StoredArticle implements Article {
  readonly sentences: readonly Passage[];

  constructor(
    readonly slug: string,
    readonly meta: ArticleMeta,
    /** The body's UTF-8 bytes (a view into the snapshot). */
    readonly bodyBytes: Buffer,
    readonly rows: SentenceRows,
    /** This article's first row in `rows` and how many. */
    readonly firstSentence: number,
    sentenceCount: number,
    readonly paragraphRows: TextRows,
    readonly firstParagraph: number,
    readonly paragraphCount: number,
  ) {
    const sentences: Passage[] = new Array<Passage>(sentenceCount);
    for (let index = 0; index < sentenceCount; index++) sentences[index] = new StoredPassage(this, index);
    this.sentences = sentences;
  }

  get body(): string {
    return this.bodyBytes.toString('utf8');
  }

  get paragraphs(): readonly Paragraph[] {
    const { start, end, byteStart, byteEnd } = this.paragraphRows;
    const paragraphs: Paragraph[] = [];
    for (let index = 0; index < this.paragraphCount; index++) {
      const row = this.firstParagraph + index;
      paragraphs.push({
        index,
        text: this.bodyBytes.toString('utf8', byteStart[row], byteEnd[row]),
        start: start[row]!,
        end: end[row]!,
      });
    }
    return paragraphs;
  }

  /** The text of sentence `index`, decoded from the snapshot. */
  sentenceText(index: number): string {
    const row = this.firstSentence + index;
    return this.bodyBytes.toString('utf8', this.rows.byteStart[row], this.rows.byteEnd[row]);
  }
}

/** A sentence of a stored article: two fields, everything else read from the article's rows on demand. */
class StoredPassage implements Passage {
  constructor(
    private readonly article: StoredArticle,
    readonly index: number,
  ) {}

  get id(): string {
    return `${this.article.slug}#${this.index}`;
  }

  get slug(): string {
    return this.article.slug;
  }

  get paragraph(): number {
    return this.article.rows.paragraph[this.article.firstSentence + this.index]!;
  }

  get text(): string {
    return this.article.sentenceText(this.index);
  }

  get start(): number {
    return this.article.rows.start[this.article.firstSentence + this.index]!;
  }

  get end(): number {
    return this.article.rows.end[this.article.firstSentence + this.index]!;
  }

  get duplicateOf(): string | undefined {
    const earlier = this.article.rows.duplicate[this.article.firstSentence + this.index]!;
    return earlier < 0 ? undefined : `${this.article.slug}#${earlier}`;
  }
}
