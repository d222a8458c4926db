import type { Lexicon } from '../search/lexicon.js';
import type { Article } from './article.js';
import { turnAt, type Interview } from './interview.js';
import { speakerName } from './speaker-name.js';
import { speakerLabels } from './transcript-labels.js';

/**
 * A speaker's part in a show's transcript: `host` asks (the interviewer, a co-host, the author speaking in
 * their own show), `guest` is asked (an interviewee, each of a debate's guests), `crew` talks with the host
 * without being interviewed (a producer reading the mail).
 */
export type ShowRole = 'host' | 'guest' | 'crew';

/** The words a text titles a speaker with, and the part each gives them. */
const TITLES: Readonly<Record<string, ShowRole>> = {
  host: 'host',
  'co-host': 'host',
  cohost: 'host',
  presenter: 'host',
  interviewer: 'host',
  guest: 'guest',
  interviewee: 'guest',
  producer: 'crew',
  engineer: 'crew',
};
const TITLE_WORDS = Object.keys(TITLES).join('|');

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The part the text titles a speaker with, near one of their names: before it ("producer Dev Anand", "our
 * guest Tom"), in brackets after it ("Dev Anand (producer)", "Ines Carvalho (guest, co-founder of…)") or
 * after a comma ("Dev Anand, our producer"). A guest's title wins: a guest may be a film producer.
 */
function titledIn(texts: readonly string[], names: readonly string[]): ShowRole | undefined {
  const found = new Set<ShowRole>();
  for (const name of names) {
    const named = String.raw`${escaped(name)}(?![\p{L}'’-])`;
    const patterns = [
      String.raw`(?<![\p{L}-])(${TITLE_WORDS})\s+(?:and\s+)?${named}`,
      String.raw`(?<![\p{L}'’-])${named}\s*\(\s*(${TITLE_WORDS})(?![\p{L}-])`,
      String.raw`(?<![\p{L}'’-])${named},\s+(?:our|the|my|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(${TITLE_WORDS})(?![\p{L}-])`,
    ].map((pattern) => new RegExp(pattern, 'giu'));
    for (const text of texts)
      for (const pattern of patterns)
        for (const match of text.matchAll(pattern)) found.add(TITLES[match[1]!.toLowerCase()]!);
  }
  return found.has('guest') ? 'guest' : found.has('host') ? 'host' : found.has('crew') ? 'crew' : undefined;
}

/** Per article, each side's part once read. */
const parts = new WeakMap<object, Map<string, ShowRole>>();

/**
 * The part in the show of whoever speaks paragraph `paragraph` of a transcript or interview (see `ShowRole`);
 * undefined for any other article, and for a transcript's introduction. A "Q:"/"A:" interview's questions are
 * the host's and its answers the guest's; a transcript's speaker has the part a label gives them, else the one
 * the text titles them with, else the side that asks and the author are hosts, a speaker the host asks a
 * question of a guest, and any other (a conversation's, a third voice nobody asks) crew.
 */
export function showRoleOf(article: Article, paragraph: number, lexicon?: Lexicon): ShowRole | undefined {
  const at = turnAt(article, paragraph);
  const side = at?.turn.side;
  if (at === undefined || side === undefined) return undefined;
  let known = parts.get(article);
  if (known === undefined) parts.set(article, (known = new Map()));
  const part = known.get(side);
  if (part !== undefined) return part;
  const read = partOf(article, side, at.interview, lexicon);
  known.set(side, read);
  return read;
}

function partOf(article: Article, side: string, interview: Interview, lexicon?: Lexicon): ShowRole {
  const asker = interview.asker;
  if (asker === 'Q') return side === 'Q' ? 'host' : 'guest';
  const paragraphs = article.paragraphs.map((each) => each.text);
  // The part a label gives its speaker: "HOST (Maya):", "PRODUCER (Dev):", "Guest:".
  const labelled = speakerLabels(paragraphs).find((label) => label.name === side && label.role)?.role;
  if (labelled !== undefined) return labelled;
  const name = speakerName(article, side, lexicon);
  const author = article.meta.author;
  const texts = [article.meta.title, ...paragraphs];
  const titled = titledIn(texts, name === null || name === side ? [side] : [name, side]);
  if (titled !== undefined) return titled;
  if (side === asker || name === author) return 'host';
  // Untitled and never asked, the one voice beside the author's own in the author's show who answers the host's
  // first words with thanks is whom the show has on ("Maya Chen: Welcome to the café episode." / "Ruth Adeyemi:
  // Thanks. Our rent went up…"): a guest. One who opens the inbox with the host is crew, as below.
  const sides = new Set(interview.turns.flatMap((turn) => (turn.side === undefined ? [] : [turn.side])));
  const [other] = [...sides].filter((each) => each !== side);
  if (
    sides.size === 2 &&
    other !== undefined &&
    speakerName(article, other, lexicon) === author &&
    thanksFirst(article, side)
  )
    return 'guest';
  // Untitled, a speaker is a guest only when the host asks them something: in a conversation nobody asks,
  // and a third voice nobody puts a question to (a producer chiming in) is crew, interviewed by no one.
  return asker !== undefined && isAsked(article, side, asker) ? 'guest' : 'crew';
}

const ASKS = /\?["”’')]*\s*$/u;
/** A turn that opens with thanks, after its label if any: "Ruth Adeyemi: Thanks.", "Thank you, Maya." */
const THANKS_FIRST = /^(?:[^:]{1,60}:\s*)?(?:thanks|thank you)\b/iu;

/** Whether the first turn of `side` opens with thanks (a guest's answer to a welcome). */
function thanksFirst(article: Article, side: string): boolean {
  const first = article.paragraphs.findIndex((_, at) => turnAt(article, at)?.turn.side === side);
  return first >= 0 && THANKS_FIRST.test(article.paragraphs[first]!.text);
}

/** Whether a turn of `side` follows a turn of `asker` that ends in a question. */
function isAsked(article: Article, side: string, asker: string): boolean {
  return article.paragraphs.some((_, at) => {
    if (at === 0 || turnAt(article, at)?.turn.side !== side) return false;
    const before = turnAt(article, at - 1)?.turn.side;
    return before === asker && ASKS.test(article.paragraphs[at - 1]!.text);
  });
}
