import { DiscordAPIError } from 'discord.js';

// Apart from errors.ts, which the process's composition root imports whatever it serves: a Slack-only bot
// never loads discord.js.

/**
 * Discord's answers to a request for an interaction whose time is over: the callback came after the 3 s
 * to acknowledge (10062 Unknown interaction) or the token's 15 minutes had passed (50027 Invalid Webhook
 * Token). Nothing more can be sent for that interaction, not even an error.
 */
const EXPIRED_INTERACTION_CODES: ReadonlySet<number | string> = new Set([10062, 50027]);

export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && EXPIRED_INTERACTION_CODES.has(error.code);
}
