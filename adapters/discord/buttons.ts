import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { QuoteAction, readQuoteButton } from './button-state.js';
import type { DiscordContext } from './context.js';
import { asInteractionReply, asUpdate, NO_MENTIONS } from './discord-message.js';
import { renderReply } from './render-reply.js';

const EXPIRED = 'This result has expired: run `/quote` again.';
const UNKNOWN = 'This button is no longer supported: run the command again.';

/**
 * A click on a quote button. "Next match" and "Context" replace the message in place; "Post to channel"
 * posts the quote, as the asker last saw it, for everyone. The state comes from the custom_id (or the
 * bounded store): a result the bot no longer knows is answered privately with "expired".
 */
export async function handleButton(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const state = readQuoteButton(interaction.customId, context.buttons);
  if (state === undefined || state === 'expired') {
    await interaction.reply({
      content: state === 'expired' ? EXPIRED : UNKNOWN,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const reply = context.bot.handle({
    kind: 'quote',
    query: state.query,
    article: state.article,
    hit: state.hit,
    context: state.context,
  });
  if (state.action === QuoteAction.Post) {
    const message = renderReply(reply, false, context.buttons);
    await interaction.reply(asInteractionReply(message));
  } else {
    await interaction.update(asUpdate(renderReply(reply, state.private, context.buttons)));
  }
}
