import { asPiece, quoteMarksFor } from '../../src/text/quote-marks.js';
import type { DailyPostRequest } from '../../src/index.js';
import { context, fallback, section, withinBlockLimit, type SlackMessage } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';
import { renderHighlightedChunks } from './mrkdwn.js';
import { attributionLine } from './render-quote.js';

/**
 * The daily quote as Block Kit, like `/quote` without buttons: the sentence (escaped mrkdwn, split to
 * fit a section) and its attribution in a context block.
 */
export function renderDailyPost(request: DailyPostRequest): SlackMessage {
  const { passage, article } = request;
  const piece = asPiece(passage.text);
  const [open, close] = quoteMarksFor(passage.text).map((mark, i) =>
    i === 0 ? `${mark}${piece.lead}` : `${piece.trail}${mark}`,
  ) as [string, string];
  const chunks = renderHighlightedChunks(piece.text, [], SLACK_LIMITS.sectionText - 4);
  const head = chunks.map((chunk, i) =>
    section(`${i === 0 ? open : ''}${chunk}${i === chunks.length - 1 ? close : ''}`),
  );
  return {
    text: fallback(`Quote of the day: ${open}${piece.text}${close} — ${article.author}, ${article.title}`),
    blocks: withinBlockLimit(head, [context(attributionLine(article), 'quote of the day')]),
  };
}
