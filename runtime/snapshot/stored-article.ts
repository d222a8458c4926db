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

/** The fields of `T` that are flags, `true` or not set (`Passage.heading`, `Paragraph.heading`). */
type FlagField<T> = { [K in keyof T]-?: [T[K]] extends [true | undefined] ? K : never }[keyof T];

/**
 * The bit of each flag of a passage in its `flags` row: every flag a parse sets, each kept as it was (the
 * type lists them all, so a flag added to `Passage` must be given a bit here).
 */
export const PASSAGE_FLAGS = { heading: 1, navigation: 2, foundOnly: 4 } as const satisfies Record<
  FlagField<Passage>,
  number
>;

/** The bit of each flag of a paragraph in its `flags` row (see `PASSAGE_FLAGS`). */
export const PARAGRAPH_FLAGS = { heading: 1 } as const satisfies Record<FlagField<Paragraph>, number>;

/** The flags of a passage or paragraph as the bits of its row (`PASSAGE_FLAGS`, `PARAGRAPH_FLAGS`). */
export function flagBits<T extends object>(item: T, flags: Readonly<Record<FlagField<T>, number>>): number {
  let bits = 0;
  for (const field of Object.keys(flags) as FlagField<T>[]) if (item[field] === true) bits |= flags[field];
  return bits;
}

export interface SentenceRows extends TextRows {
  readonly paragraph: Uint32Array;
  /** Index of the earlier sentence with the same words, or -1. */
  readonly duplicate: Int32Array;
  /** Its flags, as `PASSAGE_FLAGS` gives their bits. */
  readonly flags: Uint8Array;
}

export interface ParagraphRows extends TextRows {
  /** Its flags, as `PARAGRAPH_FLAGS` gives their bits. */
  readonly flags: Uint8Array;
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
    readonly paragraphRows: ParagraphRows,
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
    const { start, end, byteStart, byteEnd, flags } = this.paragraphRows;
    const paragraphs: Paragraph[] = [];
    for (let index = 0; index < this.paragraphCount; index++) {
      const row = this.firstParagraph + index;
      paragraphs.push({
        index,
        text: body.toString('utf8', byteStart[row], byteEnd[row]),
        start: start[row]!,
        end: end[row]!,
        ...((flags[row]! & PARAGRAPH_FLAGS.heading) !== 0 ? { heading: true as const } : {}),
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

  private row(): number {
    return this.article.firstSentence + this.index;
  }

  private flag(bit: number): true | undefined {
    return (this.article.rows.flags[this.row()]! & bit) !== 0 ? true : undefined;
  }

  get id(): string {
    return `${this.article.slug}#${this.index}`;
  }

  get slug(): string {
    return this.article.slug;
  }

  get paragraph(): number {
    return this.article.rows.paragraph[this.row()]!;
  }

  get text(): string {
    return this.article.sentenceText(this.index);
  }

  get start(): number {
    return this.article.rows.start[this.row()]!;
  }

  get end(): number {
    return this.article.rows.end[this.row()]!;
  }

  get duplicateOf(): string | undefined {
    const earlier = this.article.rows.duplicate[this.row()]!;
    return earlier < 0 ? undefined : `${this.article.slug}#${earlier}`;
  }

  get heading(): true | undefined {
    return this.flag(PASSAGE_FLAGS.heading);
  }

  get navigation(): true | undefined {
    return this.flag(PASSAGE_FLAGS.navigation);
  }

  get foundOnly(): true | undefined {
    return this.flag(PASSAGE_FLAGS.foundOnly);
  }
}
