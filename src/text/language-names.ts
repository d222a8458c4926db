import { foldedWords } from './fold.js';

/** A language a user may describe an article by ("the french article"), as a reply names it. */
export interface LanguageName {
  readonly name: string;
  /** Its commonest function words, folded (none for English, told by `readsAsEnglish`, nor for "foreign"). */
  readonly functionWords: ReadonlySet<string>;
}

/** How much of a text's opening `likeliestLanguage` reads, as `readsAsEnglish` does. */
const LANGUAGE_SAMPLE = 5_000;

/**
 * The languages a description of an article may name, each with the short words every text in it is full of
 * (a fifth to a third of its words); "foreign" is any but English. The Romance languages share some ("la",
 * "de", "que"), so a text is in the one whose words are most of its own (`likeliestLanguage`).
 */
const LANGUAGES: readonly LanguageName[] = Object.entries({
  English: '',
  Foreign: '',
  French: 'le la les de des du et est un une que qui dans pour pas au aux sur',
  German: 'der die das und ist nicht ein eine den dem des mit auf sich zu im fur',
  Spanish: 'el la los las de del y que en un una es por con para se',
  Italian: 'il lo la gli le di che e un una per non sono del della nel',
  Portuguese: 'o a os as de do da dos das e que em um uma nao para com',
  Dutch: 'de het een en van is niet dat op te met voor zijn',
}).map(([name, words]) => ({ name, functionWords: new Set(words.split(' ').filter(Boolean)) }));

/**
 * The language words describing an article are, alone or with "language" ("french", "french language"), or
 * undefined: "french wine" names no language, but what the article is about.
 */
export function languageNamed(words: string): LanguageName | undefined {
  const [first, ...rest] = foldedWords(words);
  if (first === undefined || rest.some((word) => word !== 'language')) return undefined;
  return LANGUAGES.find((language) => language.name.toLowerCase() === first);
}

/**
 * Which of the languages with function words a text that does not read as English is written in: the one
 * whose function words are the most of its words, or undefined when none has any.
 */
export function likeliestLanguage(text: string): LanguageName | undefined {
  const words = foldedWords(text.slice(0, LANGUAGE_SAMPLE));
  let best: { language: LanguageName; count: number } | undefined;
  for (const language of LANGUAGES) {
    const count = words.filter((word) => language.functionWords.has(word)).length;
    if (count > (best?.count ?? 0)) best = { language, count };
  }
  return best?.language;
}
