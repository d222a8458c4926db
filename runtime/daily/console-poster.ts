import { otherPublication, type Attribution, type Passage } from '../../src/content/article.js';
import type { DailyPostRequest, DailyPostResult, DailyPoster } from '../../src/index.js';
import { asPiece, quoteMarksFor } from '../../src/text/quote-marks.js';

/** Strips control characters from content before it reaches a terminal. */
const plain = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/**
 * A daily quote as a terminal shows it: the sentence in quotation marks, then who said it where. The console
 * platform posts these lines, and `daily run --dry-run` shows them for what it would post.
 */
export function quoteLines(passage: Pick<Passage, 'text'>, article: Attribution): [string, string] {
  // Its own straight marks curly, as the chat and Discord's post show them: `"…”` mixed the two.
  const [open, close] = quoteMarksFor(passage.text);
  const piece = asPiece(passage.text);
  const publication = otherPublication(article);
  return [
    `${open}${piece.lead}${plain(piece.text)}${piece.trail}${close}`,
    `— ${plain(article.author)}, “${plain(article.title)}”, ${publication === undefined ? '' : `${plain(publication)}, `}${article.date}${article.url ? ` ${article.url}` : ''}`,
  ];
}

/**
 * The text of a daily quote on a terminal: the quote, then who said it where. A schedule set as a card says
 * that Discord and Slack would get the card: a terminal shows text.
 */
export function consolePostText(request: DailyPostRequest): string {
  const { passage, article, schedule, localDate } = request;
  const card = schedule.card === true ? ' (a card on Discord and Slack; the console posts its text)' : '';
  return [
    `[daily ${schedule.platform}:${schedule.channelId} ${localDate}]${card}`,
    ...quoteLines(passage, article),
  ].join('\n');
}

/**
 * Posts `console` schedules by writing them to a stream: the local chat, `quotebot daily run`, tests.
 * It has no nonces, so like Slack a resend after a crash may repeat a post once.
 */
export class ConsolePoster implements DailyPoster {
  readonly platform = 'console' as const;
  readonly nonceWindowMs = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  async post(request: DailyPostRequest): Promise<DailyPostResult> {
    this.out.write(`${consolePostText(request)}\n`);
    return { ok: true, messageId: `console-${request.nonce}` };
  }
}
