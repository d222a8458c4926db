import type { Lexicon } from '../search/lexicon.js';
import { fullNameIn, isQuotation, reportsSpeech, speakerInParagraph } from '../text/speaker.js';
import { attributionOf, creditedTo, type Article, type Attribution, type Passage, type PassageSpeaker } from './article.js';
import { withTitleBefore } from '../text/title-before-name.js';
import { answeredBy } from './interview.js';
import { speakerName } from './speaker-name.js';

/**
 * Who the sentence credits its words to, read with the rest of its paragraph (a quotation of several
 * sentences names its speaker where it ends) and the paragraph before (whom "he said" is), by the name the
 * article gives them in full ("Liam Neeson", not "Mr Neeson"); null when they are someone's words the article
 * names no one for (a quotation, "the company said", an interview's answer that names no interviewee);
 * undefined when they are the writer's own. `article` is the passage's (undefined: the passage read alone).
 */
export function speakerOfPassageIn(
  article: Article | undefined,
  passage: Passage,
  lexicon?: Lexicon,
): string | null | undefined {
  const sentences = article?.sentences ?? [passage];
  // An interview's answer is the interviewee's, however it reads: they speak in the first person, unquoted.
  const answerer = article === undefined ? undefined : answeredBy(article, passage.paragraph);
  const texts = (list: readonly Passage[]): string[] => list.map((each) => each.text);
  if (answerer !== undefined) {
    const name = answerer === null ? null : speakerName(article!, answerer, lexicon);
    // The author's own turn in their transcript is the writer's words.
    return name === article!.meta.author ? undefined : name;
  }
  const inParagraph = (paragraph: number): Passage[] => sentences.filter((each) => each.paragraph === paragraph);
  const paragraph = inParagraph(passage.paragraph);
  const at = paragraph.findIndex((each) => each.id === passage.id);
  if (at < 0) return undefined;
  const before = texts(inParagraph(passage.paragraph - 1));
  const speaker = speakerInParagraph(texts(paragraph), at, before, lexicon, texts(sentences));
  if (speaker !== undefined) return fullNameIn(texts(sentences), speaker, lexicon);
  return reportsSpeech(texts(paragraph), at) ? null : undefined;
}

/**
 * Whose words a quote of the passage is, when it credits them to someone the article names rather than to
 * its writer: an interview's answer, its interviewee's; a sentence of a quotation whose speaker "who said
 * that?" names (`speakerOfPassageIn`) by a name, not a description ("the judges") nor an organisation named
 * "the X of Y", with the title the article gives them before the name (`withTitleBefore`: "Councillor Tom Blake"). Undefined for the writer's own words, a speaker the article does not name, and words reported
 * without quotation marks ("Ann Cole said fares would rise": the writer's words about what she said).
 */
export function passageSpeaker(
  article: Article,
  passage: Passage,
  lexicon?: Lexicon,
): PassageSpeaker | undefined {
  const found = speakerOfPassageIn(article, passage, lexicon);
  if (typeof found !== 'string' || found === article.meta.author) return undefined;
  // "Councillor Tom Blake" as the article titles him, though "who said that?" names Tom Blake.
  const texts = article.sentences.filter((each) => !each.heading).map((each) => each.text);
  const name = lexicon === undefined ? found : withTitleBefore(texts, found, lexicon);
  if (answeredBy(article, passage.paragraph) !== undefined) return { name, as: 'interviewee' };
  const paragraph = article.sentences.filter((each) => each.paragraph === passage.paragraph);
  const at = paragraph.findIndex((each) => each.id === passage.id);
  const quoted = isQuotation(
    paragraph.map((each) => each.text),
    at,
  );
  return quoted && /^\p{Lu}/u.test(name) ? { name, as: 'quoted' } : undefined;
}

/**
 * Who a passage's words are credited to: the article's attribution, with an interview's answer credited to the
 * interviewee ("Gwen Okafor, interviewed by Tomas Reyes") and a quotation to the person quoted ("Dr Ann Cole,
 * quoted by Tomas Reyes"), see `creditedTo`. One answer for a daily post, its dry run, `/daily now` and a card.
 */
export function passageCredit(article: Article, passage: Passage, lexicon?: Lexicon): Attribution {
  return creditedTo(attributionOf(article), passageSpeaker(article, passage, lexicon));
}
