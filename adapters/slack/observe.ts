import type { AnyMiddlewareArgs, App, Context } from '@slack/bolt';
import type { BotObserver } from '../shared/observer.js';
import type { SlackCommandNames } from './command-names.js';

/** The bounded name a request is measured under: its core command, `button`, or undefined (not measured). */
function observedName(body: AnyMiddlewareArgs['body'], names: SlackCommandNames): string | undefined {
  if ('command' in body && typeof body.command === 'string') {
    return names.definitionOf.get(body.command)?.name ?? 'other';
  }
  if ('type' in body && body.type === 'block_actions') return 'button';
  return undefined;
}

/** Where a listener notes, in its request's Bolt context, that it answered "something went wrong". */
const ANSWERED_FAILURE = 'quotebotAnsweredFailure';

/**
 * Notes that this request was answered with the "something went wrong" reply: the listener catches its
 * error to send that reply, so without the note the request would be counted as `ok`.
 */
export function noteFailure(context: Context): void {
  context[ANSWERED_FAILURE] = true;
}

/**
 * Times every slash command and button click from arrival to the end of its listener (the reply sent,
 * in the ack or through `response_url`). Messages are timed in events.ts, after the checks that skip
 * what is not for the bot. Global middleware, so the listeners stay as they are; a listener that answered
 * "something went wrong" says so with `noteFailure`, and the request counts as `error`.
 */
export function observeCommands(app: App, observer: BotObserver, names: SlackCommandNames): void {
  app.use(async ({ body, context, next }) => {
    const name = observedName(body, names);
    if (name === undefined) return next();
    const answered = observer.commandStarted('slack');
    try {
      await next();
      answered(name, context[ANSWERED_FAILURE] === true ? 'error' : 'ok');
    } catch (error) {
      answered(name, 'error');
      throw error;
    }
  });
}
