import { asPiece, quoteMarksFor } from '../../src/text/quote-marks.js';
import { creditedTo, otherPublication } from '../../src/content/article.js';
import type { types } from '@slack/bolt';
import type { Attribution, QuoteReply, QuoteRequest } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { context, contextOfText, fallback, section, withinBlockLimit, type SlackMessage } from './blocks.js';
import { encodeQuoteState, QuoteAction } from './button-state.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn, mrkdwnLink, renderHighlightedChunks } from './mrkdwn.js';

/** Who sees a reply: only the asker (ephemeral) or the channel. */
export type Visibility = 'private' | 'public';

/** `— Author, Title (linked), Publication, 2016-10-25`, the publication left out when it is the author. */
export function attributionLine(article: Attribution): string {
  const publication = otherPublication(article);
  const after = publication === undefined ? '' : `${escapeMrkdwn(publication)}, `;
  return `— ${escapeMrkdwn(article.author)}, ${mrkdwnLink(article.url, article.title)}, ${after}${escapeMrkdwn(article.date)}`;
}

function button(text: string, actionId: QuoteAction, value: string, primary = false): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: text.slice(0, SLACK_LIMITS.buttonText), emoji: false },
    action_id: actionId,
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** The core's follow-ups as buttons; the adapter only encodes them into each button's value. */
function buttonsFor(reply: QuoteReply, visibility: Visibility): types.ActionsBlock | undefined {
  const isPrivate = visibility === 'private';
  const { next, context, share, card } = reply.followUps;
  const wanted: [string, QuoteAction, QuoteRequest, boolean][] = [];
  if (next) wanted.push([reply.random ? en.anotherButton : en.nextButton, QuoteAction.Next, next, isPrivate]);
  if (context) wanted.push([en.contextButton, QuoteAction.Context, context, isPrivate]);
  // A card is a file, which Slack cannot show to one person: "Card" uploads it for the channel, on a
  // private quote too (like "Share in channel").
  if (card) wanted.push([en.cardButton, QuoteAction.Card, card, false]);
  if (isPrivate) wanted.push([en.shareButton, QuoteAction.Share, share, false]);
  const elements: types.Button[] = [];
  for (const [label, action, request, priv] of wanted) {
    const value = encodeQuoteState({ request, private: priv });
    // A query too long for a button value gets no buttons: Slack keeps no state for the bot.
    if (value === undefined) return undefined;
    elements.push(button(label, action, value, action === QuoteAction.Share));
  }
  return elements.length > 0 ? { type: 'actions', elements } : undefined;
}

/**
 * A quote: the passage in sections (matched words bold, split to fit Slack's section limit), the
 * sentences around it when asked for, the attribution in a context block, and the buttons.
 */
export function renderQuote(reply: QuoteReply, visibility: Visibility): SlackMessage {
  const { hit } = reply;
  const piece = asPiece(hit.passage.text);
  const [open, close] = quoteMarksFor(hit.passage.text).map((mark, i) =>
    i === 0 ? `${mark}${piece.lead}` : `${piece.trail}${mark}`,
  ) as [string, string];
  const chunks = renderHighlightedChunks(piece.text, hit.highlights, SLACK_LIMITS.sectionText - 4);
  const head: types.KnownBlock[] = chunks.map((chunk, i) =>
    section(`${i === 0 ? open : ''}${chunk}${i === chunks.length - 1 ? close : ''}`),
  );
  if (reply.withContext && hit.context.before !== null) head.unshift(contextOfText(`…${hit.context.before}`));
  if (reply.withContext && hit.context.after !== null) head.push(contextOfText(`${hit.context.after}…`));
  const where = reply.random
    ? en.randomPick(reply)
    : reply.closest
      ? en.closestPosition(reply)
      : reply.matches > 1
        ? en.matchPosition(reply)
        : en.onlyMatch;
  const respelled = reply.respelled === undefined ? '' : ` · ${en.respelledAs(reply.respelled)}`;
  const inCode = hit.inCode === true ? ` · ${en.inCode}` : '';
  const tail: types.KnownBlock[] = [
    context(
      attributionLine(creditedTo(hit.article, reply.speaker)),
      escapeMrkdwn(`${where}${respelled}${inCode}`),
    ),
  ];
  const buttons = buttonsFor(reply, visibility);
  if (buttons) tail.push(buttons);
  return {
    text: fallback(
      `${open}${piece.text}${close} — ${creditedTo(hit.article, reply.speaker).author}, ${hit.article.title}`,
    ),
    blocks: withinBlockLimit(head, tail),
  };
}
