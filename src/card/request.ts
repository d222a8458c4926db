import { creditedTo, otherPublication, type PassageSpeaker } from '../content/article.js';
import { asPiece, quoteMarksFor } from '../text/quote-marks.js';
import type { Highlight, SearchHit } from '../search/result.js';
import { CardTheme, type CardAttribution, type CardRequest } from './card.js';
import { formatCardDate } from './date.js';

/**
 * A passage's text with its quotation marks balanced, as the chat shows it (`quoteMarksFor`: a quotation that
 * goes on past the passage gets its closing mark, one begun before it its opening mark), and its highlights
 * moved with it. The card's own large mark stands before it either way; the alt text's marks are the chat's,
 * none for a passage given a balancing mark (the text now holds a quotation, but the chat shows it bare).
 */
function balanced(
  text: string,
  highlights: readonly Highlight[],
): Pick<CardRequest, 'text' | 'highlights' | 'marks'> {
  const [marksOpen, marksClose] = quoteMarksFor(text);
  // A piece of a sentence is shown as one ("…and (3) Third, …"), as the chat shows it.
  const piece = asPiece(text);
  const own = marksOpen !== '' && marksClose !== '';
  const open = `${own ? '' : marksOpen}${piece.lead}`;
  const close = `${piece.trail}${own ? '' : marksClose}`;
  return {
    text: `${open}${piece.text}${close}`,
    highlights: highlights.map(([start, end]) => [start + open.length, end + open.length] as const),
    marks: own ? [marksOpen, marksClose] : ['', ''],
  };
}

/** The card for a search hit: its sentence, matched words and article. */
export function cardRequestForHit(
  hit: SearchHit,
  theme: CardTheme = CardTheme.Light,
  speaker?: PassageSpeaker,
): CardRequest {
  const { author, title, publication, date } = creditedTo(hit.article, speaker);
  return {
    ...balanced(hit.passage.text, hit.highlights),
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
  return { ...balanced(passage.text, []), attribution: { author, title, publication, date }, theme };
}

/** What a screen reader says for a card: the whole quote (never cut) and who said it. */
export function cardAltText(request: CardRequest): string {
  const { author, title, publication, date } = request.attribution;
  const from = otherPublication({ author, publication });
  const [open, close] = request.marks ?? quoteMarksFor(request.text);
  return `Quote card: ${open}${request.text}${close} — ${author}, “${title}”, ${from === undefined ? '' : `${from}, `}${formatCardDate(date)}`;
}
