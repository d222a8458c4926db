import { otherPublication } from '../content/article.js';
import { quoteMarksFor } from '../text/quote-marks.js';
import type { SearchHit } from '../search/result.js';
import { CardTheme, type CardAttribution, type CardRequest } from './card.js';
import { formatCardDate } from './date.js';

/** The card for a search hit: its sentence, matched words and article. */
export function cardRequestForHit(hit: SearchHit, theme: CardTheme = CardTheme.Light): CardRequest {
  const { author, title, publication, date } = hit.article;
  return {
    text: hit.passage.text,
    highlights: hit.highlights,
    attribution: { author, title, publication, date },
    theme,
  };
}

/** The card for a passage posted without a search (a daily quote): nothing highlighted. */
export function cardRequestForPassage(
  passage: { readonly text: string },
  article: CardAttribution,
  theme: CardTheme = CardTheme.Light,
): CardRequest {
  const { author, title, publication, date } = article;
  return { text: passage.text, highlights: [], attribution: { author, title, publication, date }, theme };
}

/** What a screen reader says for a card: the whole quote (never cut) and who said it. */
export function cardAltText(request: CardRequest): string {
  const { author, title, publication, date } = request.attribution;
  const from = otherPublication({ author, publication });
  const [open, close] = quoteMarksFor(request.text);
  return `Quote card: ${open}${request.text}${close} — ${author}, “${title}”, ${from === undefined ? '' : `${from}, `}${formatCardDate(date)}`;
}
