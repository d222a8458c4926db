import type { Passage } from '../content/article.js';
import { answeredBy, intervieweeOf } from '../content/interview.js';
import type { Library } from '../library.js';
import type { SearchHit } from '../search/result.js';
import { fullNameIn, reportsSpeech, speakerInParagraph } from '../text/speaker.js';

/**
 * Who the quoted sentence credits its words to, read with the rest of its paragraph (a quotation of several
 * sentences names its speaker where it ends) and the paragraph before (whom "he said" is), by the name the
 * article gives them in full ("Liam Neeson", not "Mr Neeson"); null when they are someone's words the article
 * names no one for (a quotation, "the company said", an interview's answer that names no interviewee);
 * undefined when they are the writer's own.
 */
export function speakerOfPassage(library: Library, passage: Passage): string | null | undefined {
  const whole = library.article(passage.slug);
  const article = whole?.sentences ?? [passage];
  const lexicon = library.options.lexicon;
  // An interview's answer is the interviewee's, however it reads: they speak in the first person, unquoted.
  const answerer = whole === undefined ? undefined : answeredBy(whole, passage.paragraph);
  if (answerer !== undefined)
    return answerer === null
      ? null
      : fullNameIn(
          article.map((each) => each.text),
          answerer,
          lexicon,
        );
  const inParagraph = (paragraph: number): Passage[] =>
    article.filter((each) => each.paragraph === paragraph);
  const sentences = inParagraph(passage.paragraph);
  const at = sentences.findIndex((each) => each.id === passage.id);
  const texts = (list: readonly Passage[]): string[] => list.map((each) => each.text);
  const before = texts(inParagraph(passage.paragraph - 1));
  if (at < 0) return undefined;
  const speaker = speakerInParagraph(texts(sentences), at, before, lexicon, texts(article));
  if (speaker !== undefined) return fullNameIn(texts(article), speaker, lexicon);
  return reportsSpeech(texts(sentences), at) ? null : undefined;
}

/** Whose words a quote is when they are not the writer's: an interview's answer, its interviewee's. */
export function speakerOf(library: Library, hit: SearchHit): { readonly speaker?: string } {
  const article = library.article(hit.passage.slug);
  const speaker =
    article === undefined
      ? undefined
      : intervieweeOf(article, hit.passage.paragraph, library.options.lexicon);
  return speaker === undefined ? {} : { speaker };
}
