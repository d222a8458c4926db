import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { handleRequest } from '../../src/index.js';
import { en } from '../shared/wording.js';
import { QuoteAction, readQuoteButton } from './button-state.js';
import { cardOrTextEdit } from './card-reply.js';
import type { DiscordContext } from './context.js';
import { asInteractionReply, asUpdate, NO_MENTIONS } from './discord-message.js';
import { DISCORD_STYLE } from './render-reply.js';
import { prepareMessage } from './slash-commands.js';

/**
 * A click on a quote button: the custom_id holds the core's follow-up request, which runs as it is.
 * "Next match" and "Context" replace the message in place; "Post to channel" posts the quote for
 * everyone; "Card" answers with the quote card (privately when the quote was private). A result the bot no
 * longer knows is answered privately with "expired".
 */
export async function handleButton(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const state = readQuoteButton(interaction.customId, context.buttons);
  if (state === undefined || state === 'expired') {
    await interaction.reply({
      content: state === 'expired' ? en.expired(DISCORD_STYLE) : en.staleButton,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  // Only the bot's own requests travel in buttons: nothing here asks for permissions.
  const reply = await handleRequest(state.request, {
    bot: context.bot,
    mayManage: () => Promise.resolve(false),
  });
  if (state.action === QuoteAction.Card) {
    // The card is a new message (drawing may take longer than the 3 s an answer may wait); the quote stays.
    await interaction.deferReply(state.private ? { flags: MessageFlags.Ephemeral } : {});
    await interaction.editReply(
      await cardOrTextEdit(reply, prepareMessage(reply, state.private, context), context),
    );
    return;
  }
  const message = prepareMessage(reply, state.private, context);
  if (state.action === QuoteAction.Post) await interaction.reply(asInteractionReply(message));
  else await interaction.update(asUpdate(message));
}
