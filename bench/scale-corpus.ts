import { seededRandom } from '../src/daily/prng.js';
import type { Article, Passage } from '../src/index.js';

const GENERATED_PER_ARTICLE = 270;
const END = /[.?!]["”’)]*$/;

/**
 * A word-bigram Markov chain trained on real sentences: each generated sentence starts with a real
 * sentence's first word and follows observed word pairs until a word that ends a sentence (or 60 words);
 * half of them get a proper name (see `NamePool`). Word frequencies and sentence lengths stay those of
 * the real prose.
 */
class BigramChain {
  private readonly starts: string[] = [];
  private readonly next = new Map<string, string[]>();

  constructor(sentences: readonly string[]) {
    for (const sentence of sentences) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length < 3) continue;
      this.starts.push(words[0]!);
      for (let i = 0; i + 1 < words.length; i++) {
        const list = this.next.get(words[i]!);
        if (list) list.push(words[i + 1]!);
        else this.next.set(words[i]!, [words[i + 1]!]);
      }
    }
  }

  sentence(rand: () => number, names: NamePool): string {
    let word = this.starts[Math.floor(rand() * this.starts.length)]!;
    const words = [word];
    while (!END.test(word) && words.length < 60) {
      const options = this.next.get(word);
      if (!options) break;
      word = options[Math.floor(rand() * options.length)]!;
      words.push(word);
    }
    // Half the sentences name someone or something: the vocabulary keeps growing, as a real one does.
    if (words.length > 3 && rand() < 0.5)
      words[1 + Math.floor(rand() * (words.length - 2))] = names.next(rand);
    const text = words.join(' ');
    return END.test(text) ? text : `${text}.`;
  }
}

const SYLLABLES =
  'ka lo ven dra mi tor sel an ber gu rin os tal e wick har mon du fel ja quist ro zan pel'.split(' ');

/**
 * Proper names made of syllables: a new one 30% of the time, else one named before, so that a
 * million generated sentences bring about 140,000 new words (Heaps' law: a vocabulary grows with
 * the text, more slowly).
 */
class NamePool {
  private readonly names: string[] = [];

  next(rand: () => number): string {
    if (this.names.length > 0 && rand() >= 0.3) return this.names[Math.floor(rand() * this.names.length)]!;
    const count = 3 + Math.floor(rand() * 3);
    let name = '';
    for (let i = 0; i < count; i++) name += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
    const named = name[0]!.toUpperCase() + name.slice(1);
    this.names.push(named);
    return named;
  }
}

/** An article built directly from sentences (one paragraph each), as `parseArticle` would shape it. */
function articleOf(slug: string, title: string, date: string, texts: readonly string[]): Article {
  const sentences: Passage[] = [];
  let offset = 0;
  for (const [index, text] of texts.entries()) {
    sentences.push({
      id: `${slug}#${index}`,
      slug,
      index,
      paragraph: index,
      text,
      start: offset,
      end: offset + text.length,
    });
    offset += text.length + 2;
  }
  return {
    slug,
    meta: { title, author: 'Generated', publication: 'quotebot bench', date, tags: [], glossary: [] },
    body: texts.join('\n\n'),
    paragraphs: sentences.map((s) => ({ index: s.index, text: s.text, start: s.start, end: s.end })),
    sentences,
  };
}

/**
 * `size` sentences: the real addresses first (whole, the last one cut), then generated articles of
 * `perArticle` sentences (default 270) when the real ones run out.
 */
export function corpusOf(
  real: readonly Article[],
  size: number,
  seed = 7,
  perArticle = GENERATED_PER_ARTICLE,
): Article[] {
  const articles: Article[] = [];
  let count = 0;
  for (const article of real) {
    if (count >= size) break;
    const sentences = article.sentences.slice(0, size - count);
    articles.push({ ...article, sentences });
    count += sentences.length;
  }
  if (count >= size) return articles;
  const chain = new BigramChain(real.flatMap((article) => article.sentences.map((s) => s.text)));
  const rand = seededRandom(seed);
  const names = new NamePool();
  for (let n = 0; count < size; n++) {
    const texts: string[] = [];
    for (let i = 0; i < perArticle && count < size; i++, count++) texts.push(chain.sentence(rand, names));
    const day = String((n % 28) + 1).padStart(2, '0');
    articles.push(articleOf(`generated-${n}`, `Generated address ${n}`, `1700-01-${day}`, texts));
  }
  return articles;
}
