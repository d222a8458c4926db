import type { Article, ArticleMeta, CodeBlock, Paragraph, Passage } from '../../src/index.js';
import type { SnapshotText } from './snapshot-text.js';

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

/** The `duplicate` row of a heading (see `Passage.heading`), which is never a repeat's either. */
export const HEADING_ROW = -2;

export interface SentenceRows extends TextRows {
  readonly paragraph: Uint32Array;
  /** Index of the earlier sentence with the same words, or -1, or `HEADING_ROW`. */
  readonly duplicate: Int32Array;
}

/** Where an article's UTF-8 body lies in the snapshot's text section, and its CRC-32. */
export interface StoredText {
  readonly source: SnapshotText;
  readonly offset: number;
  readonly bytes: number;
  readonly crc: number;
}

/**
 * An article read from the library snapshot: metadata in memory, text left in the snapshot file and read
 * when a sentence, paragraph or the body is asked for. A library of a million sentences then holds its index
 * in memory, not its text. The first read of an article checks its whole text against its checksum.
 */
export class StoredArticle implements Article {
  readonly sentences: readonly Passage[];
  private checked = false;

  constructor(
    readonly slug: string,
    readonly meta: ArticleMeta,
    readonly text: StoredText,
    readonly rows: SentenceRows,
    /** This article's first row in `rows` and how many. */
    readonly firstSentence: number,
    sentenceCount: number,
    readonly paragraphRows: TextRows,
    readonly firstParagraph: number,
    readonly paragraphCount: number,
    /** Its code blocks, kept in the snapshot's header (they are not in its body). */
    readonly code?: readonly CodeBlock[],
  ) {
    const sentences: Passage[] = new Array<Passage>(sentenceCount);
    for (let index = 0; index < sentenceCount; index++) sentences[index] = new StoredPassage(this, index);
    this.sentences = sentences;
  }

  /** The body's UTF-8 bytes, checked. */
  bodyBytes(): Buffer {
    const { source, offset, bytes, crc } = this.text;
    const body = source.checked(offset, bytes, crc, `"${this.slug}"`);
    this.checked = true;
    return body;
  }

  get body(): string {
    return this.bodyBytes().toString('utf8');
  }

  get paragraphs(): readonly Paragraph[] {
    const body = this.bodyBytes();
    const { start, end, byteStart, byteEnd } = this.paragraphRows;
    const paragraphs: Paragraph[] = [];
    for (let index = 0; index < this.paragraphCount; index++) {
      const row = this.firstParagraph + index;
      paragraphs.push({
        index,
        text: body.toString('utf8', byteStart[row], byteEnd[row]),
        start: start[row]!,
        end: end[row]!,
      });
    }
    return paragraphs;
  }

  /** The text of sentence `index`, read from the snapshot (the whole article checked on its first read). */
  sentenceText(index: number): string {
    const row = this.firstSentence + index;
    const from = this.rows.byteStart[row]!;
    const to = this.rows.byteEnd[row]!;
    if (!this.checked) return this.bodyBytes().toString('utf8', from, to);
    return this.text.source.read(this.text.offset + from, to - from).toString('utf8');
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

  get heading(): true | undefined {
    return this.article.rows.duplicate[this.article.firstSentence + this.index] === HEADING_ROW
      ? true
      : undefined;
  }
}
