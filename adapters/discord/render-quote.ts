import { asPiece, quoteMarksFor } from '../../src/text/quote-marks.js';
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import { creditedTo, type QuoteReply } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { QuoteAction, type QuoteButtonIds } from './button-state.js';
import type { DiscordMessage } from './discord-message.js';
import { attributionEmbed, descriptionBudget } from './embed.js';
import { fitEmphasised, fitText } from './markdown.js';

const LABELS = {
  [QuoteAction.Next]: en.nextButton,
  [QuoteAction.Context]: en.contextButton,
  [QuoteAction.Post]: en.postButton,
  [QuoteAction.Card]: en.cardButton,
};

// Line breaks inside a sentence become spaces, one for one, so the highlight offsets still hold.
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029]/g, ' ');

/** The quote with its matched words in bold and, when asked, the sentences before and after it. */
function quoteDescription(reply: QuoteReply, budget: number): string {
  const { hit } = reply;
  const before = reply.withContext ? hit.context.before : null;
  const after = reply.withContext ? hit.context.after : null;
  const contextRoom = (before ? 200 : 0) + (after ? 200 : 0);
  const [open, close] = quoteMarksFor(hit.passage.text);
  const piece = asPiece(hit.passage.text);
  const quote = `${open}${piece.lead}${fitEmphasised(oneLine(piece.text), hit.highlights, budget - 4 - contextRoom)}${piece.trail}${close}`;
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

function buttons(reply: QuoteReply, ids: QuoteButtonIds): APIButtonComponent[] {
  return (Object.values(QuoteAction) as QuoteAction[]).flatMap((action) => {
    const id = ids[action];
    if (id === undefined) return [];
    return [
      {
        type: ComponentType.Button,
        style: action === QuoteAction.Post ? ButtonStyle.Primary : ButtonStyle.Secondary,
        label: action === QuoteAction.Next && reply.random ? en.anotherButton : LABELS[action],
        custom_id: id,
        ...(action === QuoteAction.Context && reply.withContext ? { disabled: true } : {}),
      } satisfies APIButtonComponent,
    ];
  });
}

/**
 * A quote as a Discord message: an embed with the sentence (matched words bold, its own markdown escaped)
 * and its attribution, and the buttons "Next match", "Context" and, when only the asker sees it, "Post
 * to channel", and "Card", with the ids `quoteButtonIds` encoded. Every part stays within Discord's limits.
 */
export function renderQuote(reply: QuoteReply, isPrivate: boolean, ids: QuoteButtonIds): DiscordMessage {
  const article = creditedTo(reply.hit.article, reply.speaker);
  const position = reply.random
    ? ` · ${en.randomPick(reply)}`
    : reply.closest
      ? ` · ${en.closestPosition(reply)}`
      : reply.matches > 1
        ? ` · ${en.matchPosition(reply)}`
        : '';
  const respelled = reply.respelled === undefined ? '' : ` · ${en.respelledAs(reply.respelled)}`;
  const inCode = reply.hit.inCode === true ? ` · ${en.inCode}` : '';
  const embed = attributionEmbed(article, article.title, `${position}${respelled}${inCode}`);
  const row = buttons(reply, ids);
  return {
    embeds: [{ ...embed, description: quoteDescription(reply, descriptionBudget(embed)) }],
    components: row.length > 0 ? [{ type: ComponentType.ActionRow, components: row }] : [],
    private: isPrivate,
  };
}
