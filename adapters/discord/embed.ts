import { otherPublication } from '../../src/content/article.js';
import type { APIEmbed } from 'discord.js';
import type { Attribution } from '../../src/index.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { fitText } from './markdown.js';

export const EMBED_COLOR = 0x3b6ea5;

/** The characters Discord counts towards an embed's 6,000 limit. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** A link Discord accepts in an embed: an absolute http(s) URL. */
export function embedUrl(url: string | null): string | undefined {
  if (url === null || !URL.canParse(url)) return undefined;
  return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}

/**
 * Title (linked when the article has a URL), author and a footer with publication (unless it is the author)
 * and date.
 */
export function attributionEmbed(article: Attribution, title: string, footerExtra = ''): APIEmbed {
  const url = embedUrl(article.url);
  // Footer and author name are plain text in Discord (no markdown), so they are not escaped.
  const publication = otherPublication(article);
  const footer = truncate(
    `${publication === undefined ? '' : `${publication} · `}${article.date}${footerExtra}`,
    300,
  );
  return {
    color: EMBED_COLOR,
    author: { name: truncate(article.author, DISCORD_LIMITS.embedAuthorName) },
    title: fitText(title, DISCORD_LIMITS.embedTitle),
    ...(url ? { url } : {}),
    footer: { text: footer },
  };
}

/** What is left of the 6,000 characters for a description, at most 4,096. */
export function descriptionBudget(embed: APIEmbed): number {
  return Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - embedLength(embed));
}
