import * as z from 'zod';

/** The wording of a field the front matter lacks; `parseArticle` lists every one of them at once. */
export const MISSING_FIELD = 'is required';

/**
 * Says a field is missing, blank or of the wrong type in words for whoever writes the file: zod's own
 * ("Invalid input: expected array, received string") is for programmers. The error function sees the input
 * even though zod leaves it out of the issue it reports, so only here can "missing" and "wrong type" be told
 * apart.
 */
function typeError(what: string): { error: (issue: { input?: unknown }) => string } {
  return {
    error: (issue) =>
      issue.input === undefined ? MISSING_FIELD : issue.input === null ? 'has no value' : `must be ${what}`,
  };
}

const text = z.string(typeError('text')).trim().min(1, 'must not be empty');

/** The front matter of a content file, as written on disk (snake_case keys). */
export const frontMatterSchema = z
  .object(
    {
      title: text,
      author: text,
      author_bio: text.optional(),
      // A speech or a letter has none: its credit is then the author and the date.
      publication: text.optional(),
      section: text.optional(),
      date: z
        .string(typeError('a date written YYYY-MM-DD'))
        // One problem, one message: a date in another form is not also said to be no real date.
        .regex(/^\d{4}-\d{2}-\d{2}$/, {
          abort: true,
          error: (issue) => `${String(issue.input)} is not a date written YYYY-MM-DD`,
        })
        .refine(
          (value) => {
            const parsed = new Date(`${value}T00:00:00Z`);
            return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
          },
          { error: (issue) => `${String(issue.input)} is not a real date` },
        ),
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
      topic: text.optional(),
      region: text.optional(),
      tags: z.array(text, typeError('a list')).default([]),
      deck: text.optional(),
      image_credit: text.optional(),
      glossary: z
        .array(
          z
            .array(text, typeError('a list of words that mean the same'))
            .min(2, 'each glossary entry needs at least two words that mean the same'),
          typeError('a list of entries, each a list of words that mean the same'),
        )
        .default([]),
    },
    // parseArticle passes {} for an empty front matter, so this is YAML that is a list or a lone value.
    { error: 'the front matter must be fields, one "name: value" a line' },
  )
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
