import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  reloadRequestFromCommand,
  requestFromCommand,
  type BotRequest,
  type CommandDefinition,
} from '../../src/index.js';
import { commandData } from './command-data.js';
import { canManage, optionValues, type Answer } from './command-input.js';
import { dailyAnswer } from './daily.js';
import type { DiscordContext } from './context.js';
import { asInteractionReply, asUpdate, textMessage } from './discord-message.js';
import { decodePick } from './query-pick.js';
import { renderReload } from './render-reload.js';
import { renderReply } from './render-reply.js';

/** A slash command as the discord.js template has it: its registration data and what runs it. */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}

function answerFor(name: string, interaction: ChatInputCommandInteraction, context: DiscordContext): Answer {
  if (name === 'daily') return dailyAnswer(interaction, context);
  const { values } = optionValues(interaction.options.data);
  const askedPrivate = values['private'] === true;
  const reload = reloadRequestFromCommand(name, values, canManage(interaction));
  if (reload)
    return { defer: true, private: true, render: () => renderReload(context.bot.reloadArticles(reload)) };
  let request: BotRequest = requestFromCommand(name, values) ?? { kind: 'help', unknown: `/${name}` };
  if (request.kind === 'quote') {
    const pick = decodePick(request.query, context.picks);
    if (pick === 'expired') {
      const expired = textMessage('That suggestion has expired: run `/quote` again.', true);
      return { defer: false, private: true, render: () => expired };
    }
    request = { ...request, query: pick.query, hit: pick.hit };
  }
  const bot = context.bot;
  const ask = request;
  return {
    defer: request.kind === 'summary',
    private: askedPrivate,
    render: () => renderReply(bot.handle(ask), askedPrivate, context.buttons),
  };
}

async function send(interaction: ChatInputCommandInteraction, answer: Answer): Promise<void> {
  if (!answer.defer) {
    await interaction.reply(asInteractionReply(await answer.render()));
    return;
  }
  await interaction.deferReply(answer.private ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(asUpdate(await answer.render()));
}

function slashCommand(definition: CommandDefinition): Command {
  return {
    data: commandData(definition),
    async execute(interaction, context) {
      await send(interaction, answerFor(definition.name, interaction, context));
    },
  } satisfies Command;
}

/** The Discord commands for the core's command definitions, by name. */
export function slashCommands(definitions: readonly CommandDefinition[]): Map<string, Command> {
  return new Map(definitions.map((definition) => [definition.name, slashCommand(definition)]));
}
