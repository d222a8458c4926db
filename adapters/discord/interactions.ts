import { MessageFlags, type Interaction } from 'discord.js';
import type { CommandOutcome } from '../shared/observer.js';
import { answerAutocomplete } from './autocomplete.js';
import { handleButton } from './buttons.js';
import type { DiscordContext } from './context.js';
import { loadStoredState } from './load-state.js';
import { NO_MENTIONS } from './discord-message.js';
import { DISCORD_STYLE } from './render-reply.js';
import { isExpiredInteraction } from './rest-errors.js';
import { en } from '../shared/wording.js';

const FAILED = (id: string): string => en.failureWithRef(id);

/** Answers a failed interaction privately, however far it got (nothing sent, deferred, replied). */
async function answerFailure(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const content = FAILED(interaction.id);
  const message = { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(message);
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
  } else {
    // The first follow-up after a public defer would take over the public "thinking…" message.
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(message);
  }
}

/**
 * The event boundary for interactions: slash commands, autocomplete and buttons are routed to their
 * handlers, and the one try/catch makes sure no interaction is left unanswered: a failure is logged with
 * the interaction id and answered with a short private error.
 */
export async function handleInteraction(
  interaction: Interaction,
  context: DiscordContext,
): Promise<CommandOutcome> {
  try {
    if (!(await loadStoredState(interaction, context))) {
      if (interaction.isRepliable())
        await interaction.reply({
          content: en.storedStateUnavailable,
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
    } else if (interaction.isChatInputCommand()) {
      const command = context.commands.get(interaction.commandName);
      if (command) await command.execute(interaction, context);
      else
        await interaction.reply({
          content: en.usageError(
            DISCORD_STYLE,
            { kind: 'usage-error', command: interaction.commandName, problem: 'unknown-command' },
            '',
          ),
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
    } else if (interaction.isAutocomplete()) {
      await answerAutocomplete(interaction, context);
    } else if (interaction.isButton()) {
      await handleButton(interaction, context);
    }
    return 'ok';
  } catch (error) {
    const fields = { err: error, interactionId: interaction.id, type: interaction.type };
    if (isExpiredInteraction(error)) {
      context.logger.warn({ ...fields, ...describe(interaction) }, 'discord interaction expired unanswered');
      return 'error';
    }
    context.logger.error({ ...fields, ...describe(interaction) }, 'discord interaction failed');
    try {
      await answerFailure(interaction);
    } catch (answerError) {
      context.logger.warn(
        { err: answerError, interactionId: interaction.id },
        'discord interaction failure could not be answered',
      );
    }
    return 'error';
  }
}

/** The bounded name an interaction is measured under: its command, `autocomplete`, `button` or `other`. */
export function observedName(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton()) return 'button';
  return 'other';
}

function describe(interaction: Interaction): Record<string, string> {
  if (interaction.isCommand() || interaction.isAutocomplete()) return { command: interaction.commandName };
  if (interaction.isMessageComponent()) return { button: interaction.customId.split(':', 2).join(':') };
  return {};
}
