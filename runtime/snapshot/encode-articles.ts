import { crc32 } from 'node:zlib';
import type { Article } from '../../src/index.js';
import {
  flagBits,
  PARAGRAPH_FLAGS,
  PASSAGE_FLAGS,
  StoredArticle,
  type ParagraphRows,
  type SentenceRows,
  type TextRows,
} from './stored-article.js';

/** What the snapshot keeps of each article besides its rows and text. */
export interface ArticleEntry {
  readonly slug: string;
  readonly meta: Article['meta'];
  readonly bytes: number;
  /** CRC-32 of the article's UTF-8 body, checked when it is first read. */
  readonly crc: number;
  readonly sentences: number;
  readonly paragraphs: number;
  /** Its code blocks (`Article.code`), which are not in its body: absent when it has none. */
  readonly code?: Article['code'];
}

export interface EncodedArticles {
  readonly articles: ArticleEntry[];
  /**
   * Each article's body as UTF-8, in order; a stored article's is read from its snapshot when written (and
   * keeps its checksum: a damaged text is not given a new one).
   */
  readonly text: (Buffer | (() => Buffer))[];
  readonly sentences: SentenceRows;
  readonly paragraphs: ParagraphRows;
}

const textRows = (count: number): TextRows => ({
  start: new Uint32Array(count),
  end: new Uint32Array(count),
  byteStart: new Uint32Array(count),
  byteEnd: new Uint32Array(count),
});

/** Byte offsets in `body`'s UTF-8 of character offsets (cheapest when they come in increasing order). */
function byteCounter(body: string, ascii: boolean): (offset: number) => number {
  if (ascii) return (offset) => offset;
  let char = 0;
  let byte = 0;
  return (offset) => {
    if (offset < char) [char, byte] = [0, 0];
    byte += Buffer.byteLength(body.slice(char, offset), 'utf8');
    char = offset;
    return byte;
  };
}

/**
 * The articles as the snapshot stores them: bodies as UTF-8 and one row of offsets per sentence and per
 * paragraph. An article read from a snapshot is copied as it is, without decoding its text.
 */
export function encodeArticles(articles: readonly Article[]): EncodedArticles {
  let sentenceCount = 0;
  let paragraphCount = 0;
  for (const article of articles) {
    sentenceCount += article.sentences.length;
    paragraphCount += article instanceof StoredArticle ? article.paragraphCount : article.paragraphs.length;
  }
  const sentences: SentenceRows = {
    ...textRows(sentenceCount),
    paragraph: new Uint32Array(sentenceCount),
    duplicate: new Int32Array(sentenceCount),
    flags: new Uint8Array(sentenceCount),
  };
  const paragraphs: ParagraphRows = { ...textRows(paragraphCount), flags: new Uint8Array(paragraphCount) };
  const entries: ArticleEntry[] = [];
  const text: (Buffer | (() => Buffer))[] = [];
  let s = 0;
  let p = 0;
  for (const article of articles) {
    if (article instanceof StoredArticle) {
      const { firstSentence: from, firstParagraph: at, paragraphCount: count } = article;
      const to = from + article.sentences.length;
      for (const key of ['start', 'end', 'byteStart', 'byteEnd', 'paragraph', 'duplicate', 'flags'] as const)
        sentences[key].set(article.rows[key].subarray(from, to), s);
      for (const key of ['start', 'end', 'byteStart', 'byteEnd', 'flags'] as const)
        paragraphs[key].set(article.paragraphRows[key].subarray(at, at + count), p);
      s += to - from;
      p += count;
      const { source, offset, bytes, crc } = article.text;
      text.push(() => source.read(offset, bytes));
      entries.push(entryOf(article, bytes, crc, count));
      continue;
    }
    const body = article.body;
    const bytes = Buffer.from(body, 'utf8');
    let byteOf = byteCounter(body, bytes.length === body.length);
    for (const sentence of article.sentences) {
      sentences.start[s] = sentence.start;
      sentences.end[s] = sentence.end;
      sentences.byteStart[s] = byteOf(sentence.start);
      sentences.byteEnd[s] = byteOf(sentence.end);
      sentences.paragraph[s] = sentence.paragraph;
      sentences.duplicate[s] =
        sentence.duplicateOf === undefined ? -1 : Number(sentence.duplicateOf.slice(article.slug.length + 1));
      sentences.flags[s] = flagBits(sentence, PASSAGE_FLAGS);
      s += 1;
    }
    byteOf = byteCounter(body, bytes.length === body.length);
    for (const paragraph of article.paragraphs) {
      paragraphs.start[p] = paragraph.start;
      paragraphs.end[p] = paragraph.end;
      paragraphs.byteStart[p] = byteOf(paragraph.start);
      paragraphs.byteEnd[p] = byteOf(paragraph.end);
      paragraphs.flags[p] = flagBits(paragraph, PARAGRAPH_FLAGS);
      p += 1;
    }
    text.push(bytes);
    entries.push(entryOf(article, bytes.length, crc32(bytes), article.paragraphs.length));
  }
  return { articles: entries, text, sentences, paragraphs };
}

const entryOf = (article: Article, bytes: number, crc: number, paragraphs: number): ArticleEntry => ({
  slug: article.slug,
  meta: article.meta,
  bytes,
  crc,
  sentences: article.sentences.length,
  paragraphs,
  ...(article.code === undefined || article.code.length === 0 ? {} : { code: article.code }),
});
