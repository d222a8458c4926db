/** Importing articles: pure extraction from text, Markdown and HTML, and the content file it becomes. */
export { buildContentFile, draftToMarkdown, type ContentFile } from './content-file.js';
export { findDate, parseDate } from './dates.js';
export {
  ImportWarningCode,
  missingFields,
  REQUIRED_FIELDS,
  type ArticleDraft,
  type ImportWarning,
  type RequiredField,
} from './draft.js';
export type { DomDocument, DomElement, DomNode, DomParser } from './dom.js';
export {
  dataKind,
  detectFormat,
  extractArticle,
  INPUT_FORMATS,
  InputFormat,
  sniffFormat,
} from './extract.js';
export { MIN_ARTICLE_WORDS } from './html.js';
export { extractMarkdown } from './markdown.js';
export { extractPlainText } from './plain-text.js';
export { prepareContentFile, type DraftOverrides } from './prepare.js';
export { failed, ImportProblemCode, succeeded, type ImportOutcome, type ImportProblem } from './problems.js';
export { isSlug, MAX_SLUG_LENGTH, slugify } from '../content/slug.js';
