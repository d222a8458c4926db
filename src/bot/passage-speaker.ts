import type { Passage, PassageSpeaker } from '../content/article.js';
import { passageSpeaker, speakerOfPassageIn } from '../content/passage-speaker.js';
import type { Library } from '../library.js';
import type { SearchHit } from '../search/result.js';

/**
 * Who the quoted sentence credits its words to (`speakerOfPassageIn`), of the library's article: a name, null
 * when the article names no one for someone's words, undefined when they are the writer's own.
 */
export function speakerOfPassage(library: Library, passage: Passage): string | null | undefined {
  return speakerOfPassageIn(library.article(passage.slug), passage, library.options.lexicon);
}

/**
 * Whose words a quote is when they are not the writer's (`passageSpeaker`): an interview's answer, its
 * interviewee's; a quotation, the person the article names for it.
 */
export function speakerOf(library: Library, hit: SearchHit): { readonly speaker?: PassageSpeaker } {
  const article = library.article(hit.passage.slug);
  const speaker = article && passageSpeaker(article, hit.passage, library.options.lexicon);
  return speaker === undefined ? {} : { speaker };
}
