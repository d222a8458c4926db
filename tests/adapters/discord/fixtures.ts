import { Bot, Library, parseArticle, type Article } from '../../../src/index.js';

/** An article written for a test, with front matter from `meta`. */
export function testArticle(
  slug: string,
  paragraphs: readonly string[],
  meta: { title?: string; url?: string; author?: string; date?: string } = {},
): Article {
  const front = [
    `title: ${JSON.stringify(meta.title ?? 'A Test Article')}`,
    `author: ${JSON.stringify(meta.author ?? 'Test Author')}`,
    'publication: Test Weekly',
    `date: ${meta.date ?? '2019-03-04'}`,
    ...(meta.url ? [`url: ${meta.url}`] : []),
  ].join('\n');
  return parseArticle(`${slug}.md`, `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

/**
 * Sentences full of Discord markdown and mentions, each with the word "ballot". A content file is Markdown, so
 * the asterisks, backticks and the line-opening ">" (else a blockquote's marker) meant to reach the renderer
 * are escaped there.
 */
export const MARKDOWN_PARAGRAPHS = [
  'The \\*starred\\* ballot_day vote was ~~struck~~ and ||hidden|| and \\`code\\` today.',
  'Then @everyone and @here and <@123> and <@&456> came to the ballot party.',
  '\\> quoted ballot line here.',
];

export function markdownBot(): Bot {
  return new Bot(
    Library.create([
      testArticle('markdown-trap', MARKDOWN_PARAGRAPHS, {
        title: 'Tricky *Title* of @everyone',
        url: 'https://example.com/articles/markdown-trap',
      }),
    ]),
  );
}
