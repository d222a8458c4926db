import * as z from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** The front matter of a content file, as written on disk (snake_case keys). */
export const frontMatterSchema = z
  .object({
    title: text,
    author: text,
    author_bio: text.optional(),
    publication: text,
    section: text.optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .refine((value) => {
        const parsed = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
      }, 'is not a real date'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    topic: text.optional(),
    region: text.optional(),
    tags: z.array(text).default([]),
    deck: text.optional(),
    image_credit: text.optional(),
    glossary: z
      .array(z.array(text).min(2, 'each glossary entry needs at least two words that mean the same'))
      .default([]),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
