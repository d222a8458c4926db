import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import type { QuoteReply } from '../../src/index.js';
import { QuoteAction, quoteButtonIds, type QuoteButtonState } from './button-state.js';
import type { DiscordMessage } from './discord-message.js';
import { attributionEmbed, descriptionBudget } from './embed.js';
import { fitEmphasised, fitText } from './markdown.js';
import type { QuoteQuery, StateStore } from './state-store.js';

const LABELS = {
  [QuoteAction.Next]: 'Next match',
  [QuoteAction.Context]: 'Context',
  [QuoteAction.Post]: 'Post to channel',
};

// Line breaks inside a sentence become spaces, one for one, so the highlight offsets still hold.
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]/g, ' ');

/** The quote with its matched words in bold and, when asked, the sentences before and after it. */
function quoteDescription(reply: QuoteReply, budget: number): string {
  const { hit } = reply;
  const before = reply.withContext ? hit.context.before : null;
  const after = reply.withContext ? hit.context.after : null;
  const contextRoom = (before ? 200 : 0) + (after ? 200 : 0);
  const quote = `“${fitEmphasised(oneLine(hit.passage.text), hit.highlights, budget - 2 - contextRoom)}”`;
  if (!before && !after) return quote;
  let room = budget - quote.length - 4;
  const lines = [`> ${quote}`];
  if (before) {
    const shown = fitText(oneLine(before), Math.floor(after ? room / 2 : room), 'end');
    room -= shown.length;
    lines.unshift(shown);
  }
  if (after) lines.push(fitText(oneLine(after), room));
  return lines.join('\n');
}

function buttons(reply: QuoteReply, isPrivate: boolean, store: StateStore<QuoteQuery>): APIButtonComponent[] {
  const hasContext = reply.hit.context.before !== null || reply.hit.context.after !== null;
  const wanted: Omit<QuoteButtonState, keyof QuoteQuery>[] = [];
  const base = { hit: reply.position, context: reply.withContext, private: isPrivate };
  if (reply.total > 1) wanted.push({ ...base, action: QuoteAction.Next, hit: reply.position + 1 });
  if (hasContext) wanted.push({ ...base, action: QuoteAction.Context, context: true });
  if (isPrivate) wanted.push({ ...base, action: QuoteAction.Post, private: false });
  const ids = quoteButtonIds(wanted, { query: reply.query, article: reply.article }, store);
  return wanted.map((state, i) => ({
    type: ComponentType.Button,
    style: state.action === QuoteAction.Post ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: LABELS[state.action],
    custom_id: ids[i]!,
    ...(state.action === QuoteAction.Context && reply.withContext ? { disabled: true } : {}),
  }));
}

/**
 * A quote as a Discord message: an embed with the sentence (matched words bold, its own markdown escaped)
 * and its attribution, and the buttons "Next match", "Context" and, when only the asker sees it, "Post
 * to channel". Every part stays within Discord's limits, however long the sentence.
 */
export function renderQuote(
  reply: QuoteReply,
  isPrivate: boolean,
  store: StateStore<QuoteQuery>,
): DiscordMessage {
  const { article } = reply.hit;
  const position = reply.total > 1 ? ` · match ${reply.position + 1} of ${reply.total}` : '';
  const embed = attributionEmbed(article, article.title, position);
  const row = buttons(reply, isPrivate, store);
  return {
    embeds: [{ ...embed, description: quoteDescription(reply, descriptionBudget(embed)) }],
    components: row.length > 0 ? [{ type: ComponentType.ActionRow, components: row }] : [],
    private: isPrivate,
  };
}
