import type { APIEmbed } from 'discord.js';
import type { DailyPostRequest } from '../../src/index.js';
import { attributionEmbed, descriptionBudget } from './embed.js';
import { fitText } from './markdown.js';

// Line breaks inside a sentence become spaces: a quote is one paragraph.
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]/g, ' ');

/**
 * The daily quote as a Discord message body: one embed with the sentence (its markdown escaped, cut to
 * Discord's limits) and its attribution, like `/quote` without buttons. Nobody is pinged.
 */
export function renderDailyPost(request: DailyPostRequest): {
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
} {
  const embed = attributionEmbed(request.article, request.article.title, ' · quote of the day');
  const description = `“${fitText(oneLine(request.passage.text), descriptionBudget(embed) - 2)}”`;
  return { embeds: [{ ...embed, description }], allowed_mentions: { parse: [] } };
}
