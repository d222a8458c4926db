import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataOption,
  APIBaseInteraction,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIInteractionDataResolved,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentInteraction,
  APIMessageComponentInteractionData,
  APIUser,
  InteractionType,
  Locale,
} from 'discord-api-types/v10';
import { commandOptions } from './command-options.js';
import type { CommandStore } from './commands.js';
import { INTERACTION_TYPE, MESSAGE_TYPE, NO_FLAGS, PERMISSIONS } from './constants.js';
import { interactionToken } from './ids.js';
import type { MessageStore } from './messages.js';
import type { World } from './world.js';
import { LOCALE } from './world.js';

/** Where an interaction happens and who triggers it; every field has a default. */
export interface InteractionWhere {
  /** Defaults to the first guild. Ignored when `dm` is true. */
  readonly guildId?: string;
  /** Defaults to the guild's first channel, or the user's DM channel. */
  readonly channelId?: string;
  /** An interaction in the bot's DM: `user` instead of `member`, no `guild_id`. */
  readonly dm?: boolean;
  /** A configured user's id or a user object; defaults to the first configured user. */
  readonly user?: APIUser | string;
  /** The member's computed permissions (guild only). Defaults to `PERMISSIONS.member`. */
  readonly memberPermissions?: string | bigint;
  /** The bot's permissions in the channel. Defaults to `PERMISSIONS.bot`. */
  readonly appPermissions?: string | bigint;
  readonly locale?: string;
}

export type OptionValue = string | number | boolean;

export interface SlashCommandInput extends InteractionWhere {
  readonly name: string;
  readonly subcommand?: string;
  readonly subcommandGroup?: string;
  /**
   * `{ query: 'stoic', length: 3 }` (types come from the registered command when there is one, otherwise
   * string → 3, integer → 4, other number → 10, boolean → 5), or raw Discord options.
   */
  readonly options?:
    Readonly<Record<string, OptionValue>> | readonly APIApplicationCommandInteractionDataOption[];
  readonly resolved?: APIInteractionDataResolved;
}

export interface AutocompleteInput extends SlashCommandInput {
  /** The option being typed; its value in `options` is the partial text (default ''). */
  readonly focused: string;
}

export interface ComponentInput extends InteractionWhere {
  readonly customId: string;
  /**
   * The message carrying the component: a message object, a message id the fake knows, or omitted for the
   * newest message in the channel that has this custom_id (a synthetic bot message if there is none).
   */
  readonly message?: APIMessage | string;
}

export interface StringSelectInput extends ComponentInput {
  readonly values: readonly string[];
}

export interface BuilderDeps {
  readonly world: World;
  readonly messages: MessageStore;
  readonly commands: CommandStore;
}

type InteractionBase = Omit<APIBaseInteraction<InteractionType, never>, 'data' | 'message'>;

interface Place {
  readonly guildId: string | undefined;
  readonly channel: NonNullable<APIInteraction['channel']>;
  readonly user: APIUser;
}

/** Builds interaction payloads exactly as the gateway delivers them in INTERACTION_CREATE. */
export class InteractionBuilders {
  constructor(private readonly deps: BuilderDeps) {}

  slashCommand(input: SlashCommandInput): APIChatInputApplicationCommandInteraction {
    return this.command(
      input,
      INTERACTION_TYPE.applicationCommand,
      undefined,
    ) as APIChatInputApplicationCommandInteraction;
  }

  autocomplete(input: AutocompleteInput): APIApplicationCommandAutocompleteInteraction {
    return this.command(
      input,
      INTERACTION_TYPE.autocomplete,
      input.focused,
    ) as APIApplicationCommandAutocompleteInteraction;
  }

  button(input: ComponentInput): APIMessageComponentInteraction {
    return this.component(input, { custom_id: input.customId, component_type: 2 });
  }

  stringSelect(input: StringSelectInput): APIMessageComponentInteraction {
    return this.component(input, { custom_id: input.customId, component_type: 3, values: [...input.values] });
  }

  private command(input: SlashCommandInput, type: InteractionType, focused: string | undefined): unknown {
    const place = this.place(input);
    const registered = this.deps.commands.find(input.name, place.guildId);
    const options = commandOptions(input, registered?.options ?? [], focused);
    return {
      ...this.base(input, place, type),
      data: {
        id: registered?.id ?? this.deps.world.ids.next(),
        name: input.name,
        type: 1,
        ...(options.length === 0 ? {} : { options }),
        ...(input.resolved === undefined ? {} : { resolved: input.resolved }),
        ...(registered?.guild_id === undefined ? {} : { guild_id: registered.guild_id }),
      },
    };
  }

  private component(
    input: ComponentInput,
    data: APIMessageComponentInteractionData,
  ): APIMessageComponentInteraction {
    const place = this.place(input);
    const message = this.componentMessage(input, place);
    return {
      ...this.base(input, place, INTERACTION_TYPE.messageComponent),
      data,
      message,
    } as APIMessageComponentInteraction;
  }

  private componentMessage(input: ComponentInput, place: Place): APIMessage {
    const { message } = input;
    if (typeof message === 'object') return message;
    const known =
      message === undefined
        ? this.deps.messages.latestWithCustomId(place.channel.id, input.customId)
        : this.deps.messages.getById(message);
    if (known !== undefined) return known.message;
    if (message !== undefined) {
      throw new Error(`fake Discord: no message ${message} for the component interaction`);
    }
    return syntheticBotMessage(this.deps.world, place.channel.id, input.customId);
  }

  private base(input: InteractionWhere, place: Place, type: InteractionType): InteractionBase {
    const { world } = this.deps;
    const id = world.ids.next();
    const who =
      place.guildId === undefined
        ? { user: place.user }
        : {
            member: this.member(place.guildId, place.user, input.memberPermissions),
            guild_id: place.guildId,
          };
    return {
      id,
      application_id: world.applicationId,
      type,
      token: interactionToken(id),
      version: 1,
      ...(place.guildId === undefined ? {} : { guild: { id: place.guildId, locale: LOCALE, features: [] } }),
      ...who,
      channel: place.channel,
      channel_id: place.channel.id,
      app_permissions: String(input.appPermissions ?? PERMISSIONS.bot),
      locale: (input.locale as Locale | undefined) ?? LOCALE,
      ...(place.guildId === undefined ? {} : { guild_locale: LOCALE }),
      entitlements: [],
      authorizing_integration_owners: { 0: place.guildId ?? '0' },
      context: place.guildId === undefined ? 1 : 0,
      attachment_size_limit: 10 * 1024 * 1024,
    };
  }

  private member(
    guildId: string,
    user: APIUser,
    permissions: string | bigint | undefined,
  ): APIInteractionGuildMember {
    const known = this.deps.world.member(guildId, user.id);
    const base = known ?? {
      user,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: NO_FLAGS,
      pending: false,
    };
    return { ...base, user, permissions: String(permissions ?? PERMISSIONS.member) };
  }

  private place(input: InteractionWhere): Place {
    const { world } = this.deps;
    const user = this.user(input.user);
    if (input.dm === true) {
      const dm = world.dmChannelWith(user);
      return { guildId: undefined, channel: dm, user };
    }
    const guild = input.guildId === undefined ? world.defaultGuild : world.guild(input.guildId);
    if (guild === undefined) throw new Error(`fake Discord: unknown guild ${input.guildId}`);
    const channel =
      input.channelId === undefined
        ? guild.channels[0]
        : guild.channels.find((entry) => entry.id === input.channelId);
    if (channel === undefined) {
      throw new Error(`fake Discord: unknown channel ${input.channelId} in guild ${guild.id}`);
    }
    return { guildId: guild.id, channel, user };
  }

  user(input: APIUser | string | undefined): APIUser {
    if (typeof input === 'object') return input;
    if (input === undefined) return this.deps.world.defaultUser;
    const known = this.deps.world.user(input);
    if (known === undefined) {
      throw new Error(`fake Discord: unknown user ${input}; configure it in options.users`);
    }
    return known;
  }
}

function syntheticBotMessage(world: World, channelId: string, customId: string): APIMessage {
  return {
    id: world.ids.next(),
    channel_id: channelId,
    author: world.botUser,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [
      { type: 1, components: [{ type: 2, style: 1, label: customId.slice(0, 80), custom_id: customId }] },
    ],
    pinned: false,
    type: MESSAGE_TYPE.default,
    flags: NO_FLAGS,
  };
}
