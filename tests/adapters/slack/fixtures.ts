import { Bot, Library, parseArticle, type Article } from '../../../src/index.js';
import { slackCommandNames, type SlackCommandNames } from '../../../adapters/slack/command-names.js';

/** An article written for a test: front matter with a URL, then the given paragraphs. */
export function testArticle(
  slug: string,
  paragraphs: readonly string[],
  url = `https://example.com/${slug}`,
): Article {
  const source = `---
title: "Tricky <b>Title</b> & *Co*"
author: "A. <@U999> Writer"
publication: The Test Paper
date: 2020-01-02
url: "${url}"
---

${paragraphs.join('\n\n')}
`;
  return parseArticle(`${slug}.md`, source);
}

/**
 * Sentences that try every way text could turn into Slack markup or notify someone. A content file is Markdown,
 * so the marks meant to reach the renderer are escaped there.
 */
export const HOSTILE_PARAGRAPHS = [
  'The election matters to <@U123> & <#C123|general> alike. Then came the \\*bold\\* claim about the election.',
  'Nobody at <https://evil.example|click here> expected the election to go \\_that\\_ way. A calm closing sentence about weather.',
  'Another paragraph mentions the election once more, with ~strike~ and \\`code\\` marks. The weather was mild.',
];

export function hostileBot(): Bot {
  return new Bot(Library.create([testArticle('hostile', HOSTILE_PARAGRAPHS)]));
}

export const DEFAULT_NAMES: SlackCommandNames = slackCommandNames(new Bot(Library.create([])).commands);
