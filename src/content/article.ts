/** Descriptive data of an article, from its front matter. */
export interface ArticleMeta {
  readonly title: string;
  readonly author: string;
  readonly authorBio?: string;
  /** Empty when the file names none (a speech, a letter): credits then give the author and the date alone. */
  readonly publication: string;
  readonly section?: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly url?: string;
  readonly topic?: string;
  readonly region?: string;
  readonly tags: readonly string[];
  /** The standfirst under the headline: the author's own summary, not quotable body text. */
  readonly deck?: string;
  readonly imageCredit?: string;
  /** Groups of words or phrases that mean the same in this article ("SLBM", "submarine-launched …"). */
  readonly glossary: readonly (readonly string[])[];
}

/** A sentence of an article's body: the unit that is quoted, posted and summarised. */
export interface Passage {
  /** Stable id, `<slug>#<n>`, n counting body sentences from 0. */
  readonly id: string;
  readonly slug: string;
  /** Position among the article's body sentences. */
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
  /** Character range in the article's body, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Set when the same words stand earlier in the body: such a sentence is never offered twice. */
  readonly duplicateOf?: string | undefined;
  /**
   * A line of capitals only ("POSTAL SAVINGS BANKS."): a heading pasted into the text, no sentence to quote;
   * so too a salutation opening a speech, and a list's lead-in ("Here is a short list:"), which say nothing alone.
   */
  readonly heading?: true | undefined;
  /**
   * Set (with `heading`) on a sentence of show notes' navigation: a timestamp list's chapter ("00:00 Intro") or
   * a link line, which points elsewhere (`navigationLines`). Never quoted, as a heading is, but no heading.
   */
  readonly navigation?: true | undefined;
  /**
   * A line that is found by a search of its words, as any quotable sentence, but never offered unasked
   * (`isOffered`), as an interview's question gives its answer context and is never a quote of its own: a line
   * above a letter's salutation that says whom it is to ("Hon. Simon Cameron, Secretary of War"), a header's line
   * of fields ("Status: final · Author: …") and a table's row (`recordLines`).
   */
  readonly foundOnly?: true | undefined;
}

/**
 * A passage with some fields changed, every other field read from it one by one: a passage may be an object
 * whose fields are getters (a library restored from its snapshot reads them from its rows), which an object
 * spread (`{ ...passage }`) would drop, leaving a sentence without its text.
 */
export function passageWith(passage: Passage, changes: Partial<Pick<Passage, 'paragraph' | 'text' | 'start'>>): Passage {
  return {
    id: passage.id,
    slug: passage.slug,
    index: passage.index,
    paragraph: changes.paragraph ?? passage.paragraph,
    text: changes.text ?? passage.text,
    start: changes.start ?? passage.start,
    end: passage.end,
    ...(passage.duplicateOf === undefined ? {} : { duplicateOf: passage.duplicateOf }),
    ...(passage.heading === undefined ? {} : { heading: passage.heading }),
    ...(passage.navigation === undefined ? {} : { navigation: passage.navigation }),
    ...(passage.foundOnly === undefined ? {} : { foundOnly: passage.foundOnly }),
  };
}

/** Whether a body sentence may be quoted, posted or summarised: not a repeat, not a heading. */
export function isQuotable(passage: Passage): boolean {
  return passage.duplicateOf === undefined && passage.heading !== true;
}

/**
 * Whether a quotable sentence may be offered when no words asked for it: as an article's or an author's opening
 * quote, a random quote, a daily post or a summary's sentence. A letter's address line, a header's line of fields
 * and a table's row are found, not offered (`Passage.foundOnly`).
 */
export function isOffered(passage: Passage): boolean {
  return isQuotable(passage) && passage.foundOnly !== true;
}

export interface Paragraph {
  readonly index: number;
  /** A Markdown heading (`## It saves real money`): it names the paragraphs after it, and says nothing. */
  readonly heading?: true | undefined;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A fenced code block of an article's body (a config, a shell command, a stack trace): words a search finds,
 * never text to quote, post, summarise or draw. It is not in the article's `body`; a search that finds its words
 * quotes the sentence that answers for it.
 */
export interface CodeBlock {
  /** The block's lines as written, joined by line breaks. */
  readonly text: string;
  /** The index (in `sentences`) of the sentence that answers for it: the one just before, or its section's first. */
  readonly passage: number;
}

/** An article as the engine uses it. */
export interface Article {
  readonly slug: string;
  readonly meta: ArticleMeta;
  readonly body: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Passage[];
  /** Its fenced code blocks, in order (none when absent). */
  readonly code?: readonly CodeBlock[] | undefined;
}

/** What a reply shows to credit a quote. */
export interface Attribution {
  readonly slug: string;
  readonly title: string;
  readonly author: string;
  readonly publication: string;
  readonly date: string;
  readonly url: string | null;
}

/** The words between a speaker and the writer in a credit: "Gwen Okafor, interviewed by Tomas Reyes". */
const CREDITED_BY = { interviewee: 'interviewed by', quoted: 'quoted by', read: 'read by' } as const;

/**
 * The publication to print beside the author, or undefined when there is none (a speech, a letter) or it is the author: a wire story's byline is
 * its publication, and "BBC News, BBC News" says it twice; so does "Ann Cole, quoted by BBC News, BBC News", a
 * wire story's quotation credited to who said it (`creditedTo`).
 */
export function otherPublication(credit: Pick<Attribution, 'author' | 'publication'>): string | undefined {
  const author = credit.author.trim().toLowerCase();
  const publication = credit.publication.trim().toLowerCase();
  if (publication === '') return undefined;
  const named =
    author === publication ||
    Object.values(CREDITED_BY).some((by) => author.endsWith(`, ${by} ${publication}`));
  return named ? undefined : credit.publication;
}

/** Whose words a passage is when they are not its writer's, and how the article gives them. */
export interface PassageSpeaker {
  /** As the article names them in full: "Gwen Okafor", "Dr Ann Cole". */
  readonly name: string;
  /**
   * `interviewee`: an interview's answer; `quoted`: a quotation the article credits to them by name;
   * `speaker`: a transcript's speaker who talks with the host without being interviewed (a producer, a co-host);
   * `read`: a letter read out on a show, its writer's words in the voice of `by`.
   */
  readonly as: 'interviewee' | 'quoted' | 'speaker' | 'read';
  /** Of a letter read out: who read it, the speaker whose turn holds it ("Dev Anand"). */
  readonly by?: string;
}

/**
 * The quote's article with its words credited to whoever said them, never to the writer alone: an interview's
 * answer is the interviewee's, "Gwen Okafor, interviewed by Tomas Reyes"; a quotation is the person quoted,
 * "Dr Ann Cole, quoted by Tomas Reyes"; a show's producer or co-host is credited by name alone, "Dev Anand"
 * (nobody interviewed them); a letter read out on a show to its writer and its reader, "Jess, read by Dev Anand". The article itself when no `speaker` is given (the writer's own words).
 */
export function creditedTo<T extends Pick<Attribution, 'author'>>(article: T, speaker: PassageSpeaker | undefined): T {
  if (speaker === undefined || speaker.name === article.author) return article;
  if (speaker.as === 'speaker') return { ...article, author: speaker.name };
  if (speaker.as === 'read') return { ...article, author: `${speaker.name}, read by ${speaker.by ?? article.author}` };
  return { ...article, author: `${speaker.name}, ${CREDITED_BY[speaker.as]} ${article.author}` };
}

/** "Author, Publication", or the author alone when the publication is the author. */
export function byline(credit: Pick<Attribution, 'author' | 'publication'>): string {
  const publication = otherPublication(credit);
  return publication === undefined ? credit.author : `${credit.author}, ${publication}`;
}

export function attributionOf(article: Article): Attribution {
  const { title, author, publication, date, url } = article.meta;
  return { slug: article.slug, title, author, publication, date, url: url ?? null };
}
