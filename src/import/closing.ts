import { authorBioOf, bylineOf, imageCreditOf } from './bylines.js';
import { cleanLine } from './draft.js';
import { foldText } from '../text/fold.js';

/** What the closing lines of an article said about it. */
export interface Closing {
  /** The body without the closing lines. */
  readonly paragraphs: string[];
  readonly author?: string;
  readonly authorBio?: string;
  readonly imageCredit?: string;
}

const NOISE =
  /^(?:advertisement|advertisements|ad|sponsored|share|share this(?: article| story)?|\*+|[-–—_=]{3,})$/i;
// Short lines that point elsewhere: "Read more: …", "Sign up for our newsletter".
const PROMPT =
  /^(?:(?:read more|read next|also read|related(?: articles?| stories| coverage)?|see also|more from [^:]{1,40}|recommended|most popular)\s*:|(?:sign up|subscribe)\b.{0,60}\bnewsletter\b|click here\b|follow us\b)/i;
const CLOSING_LINES = 5;
/** The networks a page's share buttons name. */
const NETWORK =
  '(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|tumblr|bluesky|threads|mastodon|e-?mail|print|copy link)';
// A share bar: "Share this: Facebook Twitter", "Share on Facebook | WhatsApp", or two networks' names alone.
const SHARE_BAR = new RegExp(
  `^(?:share(?: this(?: article| story| post| page)?| on)?\\s*:?\\s*${NETWORK}|${NETWORK}[\\s,|/•·]+${NETWORK})(?:[\\s,|/•·]+(?:or\\s+)?${NETWORK})*$`,
  'i',
);

/**
 * Page furniture that survives a copy: "Advertisement", "Read more: …", newsletter prompts, share bars,
 * rules.
 */
export function isNoise(line: string): boolean {
  const text = cleanLine(line);
  return NOISE.test(text) || (text.length <= 140 && (PROMPT.test(text) || SHARE_BAR.test(text)));
}

/** Whether two spellings name the same person (same words, or at least the same surname). */
function samePerson(a: string, b: string): boolean {
  const words = (name: string): string[] =>
    foldText(name)
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
  const [x, y] = [words(a), words(b)];
  return x.join(' ') === y.join(' ') || (x.at(-1) !== undefined && y.includes(x.at(-1)!));
}

/**
 * Reads an article's closing lines from the end: the image credit ("Image: Reuters."), the author's bio
 * ("Eric Ballbach is a research fellow at …") and a signed name ("— Jane Doe"). Stops at the first line
 * that is body text. A bio of someone other than a known author is body text.
 */
export function readClosing(paragraphs: readonly string[], knownAuthor?: string): Closing {
  const body = [...paragraphs];
  let author: string | undefined;
  let authorBio: string | undefined;
  let imageCredit: string | undefined;
  for (let taken = 0; taken < CLOSING_LINES && body.length > 1; taken++) {
    const last = cleanLine(body.at(-1)!);
    const credit = imageCreditOf(last);
    const bio = authorBioOf(last);
    const signed = bylineOf(last.replace(/^[—–-]\s*/, 'By '));
    if (last === '' || isNoise(last)) body.pop();
    else if (credit !== undefined && imageCredit === undefined) {
      imageCredit = credit;
      body.pop();
    } else if (
      bio !== undefined &&
      authorBio === undefined &&
      (knownAuthor === undefined || samePerson(bio.author, knownAuthor))
    ) {
      author ??= bio.author;
      authorBio = bio.bio;
      body.pop();
    } else if (signed !== undefined && /^[—–-]/.test(last) && author === undefined) {
      author = signed;
      body.pop();
    } else break;
  }
  return {
    paragraphs: body,
    ...(author === undefined ? {} : { author }),
    ...(authorBio === undefined ? {} : { authorBio }),
    ...(imageCredit === undefined ? {} : { imageCredit }),
  };
}
