import type { Interaction } from 'discord.js';
import { storedQueryKey } from './button-state.js';
import type { DiscordContext } from './context.js';
import { storedPickKey } from './query-pick.js';

/**
 * Whether this process has logged that stored state could not be read. While the store is down every such
 * click fails the same way (and is answered so); one line says it, not one per click. The outage itself is
 * logged by `StoreOutage` when it starts and ends.
 */
let unreadableLogged = false;

/**
 * Before an interaction is handled: fetches the stored state its button or picked suggestion refers to,
 * in case another process of the bot made it (several processes sharing a database). The handlers then
 * read the stores as usual. False when that state is in the shared store and the store cannot be reached
 * (a database restart): the click asks for what only the store knows, and is answered so.
 */
export async function loadStoredState(interaction: Interaction, context: DiscordContext): Promise<boolean> {
  try {
    if (interaction.isButton()) {
      const key = storedQueryKey(interaction.customId);
      if (key !== undefined) await context.buttons.load(key);
    } else if (interaction.isChatInputCommand()) {
      const query = interaction.options.data.find((option) => option.name === 'query')?.value;
      const key = typeof query === 'string' ? storedPickKey(query) : undefined;
      if (key !== undefined) await context.picks.load(key);
    }
    return true;
  } catch (error) {
    if (!unreadableLogged)
      context.logger.warn(
        { err: error, interactionId: interaction.id },
        'stored button state could not be read',
      );
    unreadableLogged = true;
    return false;
  }
}
