import type {
  APIAttachment,
  APIMessage,
  APIMessageInteractionMetadata,
  APIUser,
} from 'discord-api-types/v10';
import { MESSAGE_FLAGS, MESSAGE_TYPE, NO_FLAGS } from './constants.js';
import { ApiFailure, ERRORS, fieldError } from './errors.js';
import type { UploadedFile } from './http-io.js';
import type { World } from './world.js';

/** What creates a message: a bot REST call, an interaction response, or an injected user message. */
export interface NewMessage {
  readonly channelId: string;
  readonly guildId?: string | undefined;
  readonly author: APIUser;
  /** The request body (content, embeds, components, flags, tts, nonce, message_reference, attachments). */
  readonly body: any;
  readonly files?: readonly UploadedFile[];
  readonly type?: number;
  readonly webhookId?: string;
  readonly interactionMetadata?: APIMessageInteractionMetadata;
}

export interface StoredMessage {
  message: APIMessage;
  readonly guildId: string | undefined;
}

interface NonceEntry {
  readonly messageId: string;
  readonly at: number;
}

const MENTION = /<@!?(\d{17,20})>/g;
const ROLE_MENTION = /<@&(\d{17,20})>/g;
const EDITABLE_FLAGS = (1 << 2) | (1 << 12) | (1 << 15); // suppress embeds, suppress notifications, components v2

/** Every message the fake knows, per channel, with Discord's nonce deduplication for `enforce_nonce`. */
export class MessageStore {
  private readonly byId = new Map<string, StoredMessage>();
  private readonly nonces = new Map<string, NonceEntry>();

  constructor(
    private readonly world: World,
    private readonly nonceWindowMs: number,
  ) {}

  get(channelId: string, messageId: string): StoredMessage | undefined {
    const stored = this.byId.get(messageId);
    return stored?.message.channel_id === channelId ? stored : undefined;
  }

  getById(messageId: string): StoredMessage | undefined {
    return this.byId.get(messageId);
  }

  /** The newest message in a channel with a component of this custom_id. */
  latestWithCustomId(channelId: string, customId: string): StoredMessage | undefined {
    const newestFirst = [...this.byId.values()].reverse();
    return newestFirst.find(
      (stored) => stored.message.channel_id === channelId && hasCustomId(stored.message.components, customId),
    );
  }

  /**
   * A channel's messages as `GET /channels/{id}/messages` returns them: newest first, at most `limit`,
   * only those with an id after `after` or before `before` when given (ids are time-ordered snowflakes).
   */
  list(channelId: string, options: { limit: number; after?: string; before?: string }): APIMessage[] {
    const { after, before } = options;
    const inChannel = [...this.byId.values()]
      .map((stored) => stored.message)
      .filter((message) => message.channel_id === channelId)
      .filter((message) => after === undefined || BigInt(message.id) > BigInt(after))
      .filter((message) => before === undefined || BigInt(message.id) < BigInt(before))
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    // With `after`, Discord pages forward from it: the oldest `limit` after it, still newest first.
    const page = after !== undefined ? inChannel.slice(0, options.limit) : inChannel.slice(-options.limit);
    return page.reverse();
  }

  /** Keeps a message built elsewhere (for example the message of an injected button click). */
  remember(message: APIMessage, guildId: string | undefined): StoredMessage {
    const stored = { message, guildId };
    this.byId.set(message.id, stored);
    return stored;
  }

  /** The message created earlier with this nonce in this channel, within the dedup window. */
  byNonce(channelId: string, nonce: string | number): StoredMessage | undefined {
    const entry = this.nonces.get(`${channelId}\u0000${nonce}`);
    if (entry === undefined || Date.now() - entry.at > this.nonceWindowMs) return undefined;
    return this.byId.get(entry.messageId);
  }

  create(input: NewMessage): StoredMessage {
    const id = this.world.ids.next();
    const body = input.body ?? {};
    const reference = this.resolveReference(input.channelId, input.guildId, body.message_reference);
    const message: APIMessage = {
      id,
      channel_id: input.channelId,
      author: input.author,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      ...this.mentions(typeof body.content === 'string' ? body.content : ''),
      attachments: attachmentsFor(this.world, input.channelId, body.attachments, input.files ?? []),
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      type: reference === undefined ? (input.type ?? MESSAGE_TYPE.default) : MESSAGE_TYPE.reply,
      flags: typeof body.flags === 'number' ? body.flags : NO_FLAGS,
      ...(body.nonce === undefined || body.nonce === null ? {} : { nonce: body.nonce }),
      ...(input.webhookId === undefined
        ? {}
        : { webhook_id: input.webhookId, application_id: input.webhookId }),
      ...(input.interactionMetadata === undefined ? {} : { interaction_metadata: input.interactionMetadata }),
      ...(reference ?? {}),
    };
    const stored = this.remember(message, input.guildId);
    if (body.nonce !== undefined && body.nonce !== null) {
      this.nonces.set(`${input.channelId}\u0000${body.nonce}`, { messageId: id, at: Date.now() });
    }
    return stored;
  }

  /** Applies an edit body (content, embeds, components, attachments, editable flags); clears "thinking…". */
  edit(stored: StoredMessage, body: any, files: readonly UploadedFile[] = []): APIMessage {
    const before = stored.message;
    const wasLoading = ((before.flags ?? 0) & MESSAGE_FLAGS.loading) !== 0;
    const next: APIMessage = {
      ...before,
      flags: ((before.flags ?? 0) & ~MESSAGE_FLAGS.loading) as NonNullable<APIMessage['flags']>,
    };
    if (typeof body?.content === 'string' || body?.content === null) {
      next.content = body.content ?? '';
      Object.assign(next, this.mentions(next.content));
    }
    if (Array.isArray(body?.embeds) || body?.embeds === null) next.embeds = body.embeds ?? [];
    if (Array.isArray(body?.components) || body?.components === null) next.components = body.components ?? [];
    if (Array.isArray(body?.attachments) || files.length > 0) {
      next.attachments = attachmentsFor(
        this.world,
        before.channel_id,
        body?.attachments,
        files,
        before.attachments,
      );
    }
    if (typeof body?.flags === 'number') {
      next.flags = (((next.flags ?? 0) & ~EDITABLE_FLAGS) | (body.flags & EDITABLE_FLAGS)) as NonNullable<
        APIMessage['flags']
      >;
    }
    next.edited_timestamp = wasLoading ? null : new Date().toISOString();
    stored.message = next;
    return next;
  }

  delete(messageId: string): boolean {
    return this.byId.delete(messageId);
  }

  private mentions(content: string): Pick<APIMessage, 'mentions' | 'mention_roles' | 'mention_everyone'> {
    const users = [...content.matchAll(MENTION)]
      .map((match) => this.world.user(match[1] ?? ''))
      .filter((found): found is APIUser => found !== undefined);
    return {
      mentions: [...new Map(users.map((found) => [found.id, found])).values()],
      mention_roles: [...new Set([...content.matchAll(ROLE_MENTION)].map((match) => match[1] ?? ''))],
      mention_everyone: /@(everyone|here)\b/.test(content),
    };
  }

  private resolveReference(
    channelId: string,
    guildId: string | undefined,
    reference: any,
  ): Pick<APIMessage, 'message_reference' | 'referenced_message'> | undefined {
    if (reference === undefined || reference === null || typeof reference.message_id !== 'string') {
      return undefined;
    }
    const target = this.get(reference.channel_id ?? channelId, reference.message_id);
    if (target === undefined) {
      if (reference.fail_if_not_exists === false) return undefined;
      throw new ApiFailure(
        ERRORS.invalidFormBody(
          fieldError(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message'),
        ),
      );
    }
    const { referenced_message: _nested, ...referenced } = target.message;
    return {
      message_reference: {
        type: 0,
        channel_id: target.message.channel_id,
        message_id: target.message.id,
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      },
      referenced_message: referenced,
    };
  }
}

function attachmentsFor(
  world: World,
  channelId: string,
  described: unknown,
  files: readonly UploadedFile[],
  existing: readonly APIAttachment[] = [],
): APIAttachment[] {
  const descriptions: any[] = Array.isArray(described) ? described : [];
  const kept = existing.filter((attachment) => descriptions.some((entry) => entry?.id === attachment.id));
  const uploaded = files.map((file, index): APIAttachment => {
    const id = world.ids.next();
    const description = descriptions.find((entry) => String(entry?.id) === String(index));
    const filename = typeof description?.filename === 'string' ? description.filename : file.name;
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: file.size,
      url,
      proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
      content_type: file.contentType,
      ...(typeof description?.description === 'string' ? { description: description.description } : {}),
    };
  });
  return [...kept, ...uploaded];
}

/** Whether a component tree (action rows, v2 containers, section accessories) has this custom_id. */
function hasCustomId(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some(
    (component: any) =>
      component?.custom_id === customId ||
      hasCustomId(component?.components, customId) ||
      (component?.accessory !== undefined && hasCustomId([component.accessory], customId)),
  );
}
