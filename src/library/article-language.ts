import type { Article } from '../content/article.js';
import { readsAsEnglish } from '../summary/concepts.js';
import { languageNamed, type LanguageDetector, type LanguageName } from '../text/language-names.js';

/** Each article's language as a detector tells it: read once, when a request first describes one by it. */
const articleLanguages = new WeakMap<Article, string>();

function articleLanguage(article: Article, languages: LanguageDetector): string {
  let code = articleLanguages.get(article);
  if (code === undefined) articleLanguages.set(article, (code = languages.of(article.body)));
  return code;
}

/** `Library.inLanguageNamed` among these articles. */
export function inLanguageNamed(
  among: readonly Article[],
  description: string,
  languages?: LanguageDetector,
): { readonly language: LanguageName; readonly articles: readonly Article[] } | undefined {
  const language = languageNamed(description, languages);
  if (language === undefined) return undefined;
  const articles = among.filter((article) =>
    language.code === undefined || languages === undefined
      ? readsAsEnglish(article.body) === (language.name === 'English')
      : !readsAsEnglish(article.body) && articleLanguage(article, languages) === language.code,
  );
  return { language, articles };
}
