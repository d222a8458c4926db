import type { Article } from '../content/article.js';
import { foldedWords } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { EditPattern, typoBudget } from './edit-distance.js';

/** Autocomplete answers at most this many (Discord's limit for choices). */
export const MAX_ARTICLE_CHOICES = 25;

interface Entry {
  readonly article: Article;
  readonly title: string;
  readonly titleWords: readonly string[];
  readonly otherWords: readonly string[];
}

/** How well an article answers what was typed; 0 when it does not. */
function scoreOf(entry: Entry, typed: string, typedWords: readonly string[]): number {
  if (entry.article.slug === typed) return 100;
  let score = 0;
  for (const word of typedWords) {
    if (entry.titleWords.includes(word)) score += 3;
    else if (entry.titleWords.some((candidate) => candidate.startsWith(word))) score += 2;
    else if (entry.otherWords.some((candidate) => candidate.startsWith(word))) score += 1;
    else return 0;
  }
  if (entry.title.startsWith(typedWords.join(' '))) score += 5;
  return score;
}

/**
 * Finds articles by what a user types for one: every word typed must start a word of the title, author,
 * slug or year. Best first: the exact slug, then titles that start with the text, then whole-word title
 * matches; ties in library order (newest first). Nothing typed lists the newest.
 */
export class ArticleFinder {
  private readonly entries: readonly Entry[];

  constructor(private readonly articles: readonly Article[]) {
    this.entries = articles.map((article) => ({
      article,
      title: foldedWords(article.meta.title).join(' '),
      titleWords: foldedWords(article.meta.title),
      otherWords: [
        ...foldedWords(article.meta.author),
        ...article.slug.split('-'),
        article.meta.date.slice(0, 4),
      ],
    }));
  }

  /**
   * The articles a misspelt name was meant for ("ugnada" for "Uganda bans…", "ugnda-bans"): every word typed
   * but the small ones is a word of the title or slug, or one within the search's typo budget of one. Closest
   * first (fewest edits in all), ties in library order. For did-you-mean, once the name named no article.
   */
  misspelt(text: string, limit: number): Article[] {
    const typed = foldedWords(text)
      .filter((word) => !STOPWORDS.has(word))
      .map((word) => ({ pattern: new EditPattern(word), budget: typoBudget(word.length) }));
    if (typed.length === 0) return [];
    const found: { article: Article; order: number; edits: number }[] = [];
    for (const [order, entry] of this.entries.entries()) {
      const words = [...entry.titleWords, ...entry.article.slug.split('-')];
      let edits = 0;
      for (const { pattern, budget } of typed) {
        const nearest = Math.min(...words.map((word) => pattern.distance(word, budget)));
        edits = nearest > budget ? Infinity : edits + nearest;
      }
      if (edits < Infinity) found.push({ article: entry.article, order, edits });
    }
    return found
      .sort((a, b) => a.edits - b.edits || a.order - b.order)
      .slice(0, Math.max(0, limit))
      .map((each) => each.article);
  }

  find(text: string, limit: number): Article[] {
    const max = Math.max(0, Math.min(Math.floor(limit), MAX_ARTICLE_CHOICES));
    const typedWords = foldedWords(text);
    if (typedWords.length === 0) return this.articles.slice(0, max);
    const typed = text.trim().toLowerCase();
    return this.entries
      .map((entry, order) => ({ entry, order, score: scoreOf(entry, typed, typedWords) }))
      .filter((found) => found.score > 0)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, max)
      .map((found) => found.entry.article);
  }
}
