import type { AnyMiddlewareArgs, App } from '@slack/bolt';
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

/**
 * Times every slash command and button click from arrival to the end of its listener (the reply sent,
 * in the ack or through `response_url`). Messages are timed in events.ts, after the checks that skip
 * what is not for the bot. Global middleware, so the listeners stay as they are.
 */
export function observeCommands(app: App, observer: BotObserver, names: SlackCommandNames): void {
  app.use(async ({ body, next }) => {
    const name = observedName(body, names);
    if (name === undefined) return next();
    const answered = observer.commandStarted('slack');
    try {
      await next();
      answered(name, 'ok');
    } catch (error) {
      answered(name, 'error');
      throw error;
    }
  });
}
