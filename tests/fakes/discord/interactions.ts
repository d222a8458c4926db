import type {
  APIInteraction,
  APIMessage,
  APIMessageInteractionMetadata,
  APIUser,
} from 'discord-api-types/v10';
import { CALLBACK_TYPE, INTERACTION_TYPE, MESSAGE_FLAGS, MESSAGE_TYPE } from './constants.js';
import type { ApiError } from './errors.js';
import { ApiFailure, ERRORS, failIf, fieldError } from './errors.js';
import type { UploadedFile } from './http-io.js';
import type { MessageStore, StoredMessage } from './messages.js';
import { validateChoices, validateEditResult, validateMessage, validateModal } from './validation.js';
import type { World } from './world.js';

/** What the fake knows about one injected interaction; `sentAt`/`ackedAt` are `performance.now()` values. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  readonly payload: APIInteraction;
  readonly sentAt: number;
  /** When the accepted callback arrived; `ackedAt - sentAt` is the ack latency. */
  ackedAt: number | undefined;
  callbackType: number | undefined;
  /** A callback arrived after `ackDeadlineMs` and was refused with 10062. */
  late: boolean;
  /** The `@original` message (the response, or the component's message after type 6/7). */
  originalMessageId: string | undefined;
  readonly followupIds: string[];
  /** The autocomplete choices (type 8) or modal (type 9) the bot answered with. */
  answer: unknown;
}

export type MessageEcho = (event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', stored: StoredMessage) => void;

export interface CallbackResult {
  readonly status: number;
  readonly body: unknown;
}

const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
  [INTERACTION_TYPE.applicationCommand]: [4, 5, 9],
  [INTERACTION_TYPE.messageComponent]: [4, 5, 6, 7, 9],
  [INTERACTION_TYPE.autocomplete]: [8],
  [INTERACTION_TYPE.modalSubmit]: [4, 5, 6, 7],
};

/** Interaction callbacks and the interaction webhook (`@original`, followups), with Discord's deadlines. */
export class InteractionRegistry {
  readonly records: InteractionRecord[] = [];
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly world: World,
    private readonly messages: MessageStore,
    private readonly ackDeadlineMs: number,
    private readonly echo: MessageEcho,
    /** Discord's interaction tokens work for 15 minutes. */
    private readonly limits: { readonly tokenLifetimeMs: number } = { tokenLifetimeMs: 15 * 60_000 },
  ) {}

  register(payload: APIInteraction, sentAt: number): InteractionRecord {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      sentAt,
      ackedAt: undefined,
      callbackType: undefined,
      late: false,
      originalMessageId: undefined,
      followupIds: [],
      answer: undefined,
    };
    if (payload.type === INTERACTION_TYPE.messageComponent && payload.message !== undefined) {
      if (this.messages.getById(payload.message.id) === undefined) {
        this.messages.remember(payload.message, payload.guild_id);
      }
    }
    this.records.push(record);
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
    return record;
  }

  /** `POST /interactions/:id/:token/callback`. */
  callback(
    id: string,
    token: string,
    body: any,
    withResponse: boolean,
    files: readonly UploadedFile[],
  ): CallbackResult {
    const now = performance.now();
    const record = this.byId.get(id);
    if (record === undefined || record.token !== token) throw new ApiFailure(ERRORS.unknownInteraction());
    if (now - record.sentAt > this.ackDeadlineMs) {
      record.late = true;
      throw new ApiFailure(ERRORS.unknownInteraction());
    }
    if (record.ackedAt !== undefined) throw new ApiFailure(ERRORS.alreadyAcknowledged());
    const type: unknown = body?.type;
    if (typeof type !== 'number' || !(ALLOWED_CALLBACKS[record.type] ?? []).includes(type)) {
      throw new ApiFailure(
        ERRORS.invalidFormBody(
          fieldError(
            ['type'],
            'INTERACTION_RESPONSE_TYPE_INVALID',
            `Invalid interaction response type ${String(type)} for interaction type ${record.type}`,
          ),
        ),
      );
    }
    failIf(this.validate(type, body?.data, files.length));
    const message = this.apply(record, type, body?.data ?? {}, files);
    record.ackedAt = now;
    record.callbackType = type;
    if (!withResponse) return { status: 204, body: undefined };
    return { status: 200, body: this.callbackResponse(record, type, message) };
  }

  /** The interaction behind a webhook token, checked the way Discord checks it. */
  webhook(applicationId: string, token: string): InteractionRecord {
    const record = this.byToken.get(token);
    if (applicationId !== this.world.applicationId || record === undefined) {
      throw new ApiFailure(ERRORS.unknownWebhook());
    }
    if (performance.now() - record.sentAt > this.limits.tokenLifetimeMs) {
      throw new ApiFailure(ERRORS.invalidWebhookToken());
    }
    if (record.ackedAt === undefined) throw new ApiFailure(ERRORS.unknownWebhook());
    return record;
  }

  /** `@original` or a followup id of this interaction. */
  webhookMessage(record: InteractionRecord, messageId: string): StoredMessage {
    const id = messageId === '@original' ? record.originalMessageId : messageId;
    const ours = id !== undefined && (id === record.originalMessageId || record.followupIds.includes(id));
    const stored = ours ? this.messages.getById(id) : undefined;
    if (stored === undefined) throw new ApiFailure(ERRORS.unknownMessage());
    return stored;
  }

  editWebhookMessage(
    record: InteractionRecord,
    messageId: string,
    body: any,
    files: readonly UploadedFile[],
  ): APIMessage {
    const stored = this.webhookMessage(record, messageId);
    failIf(validateMessage(body, { requireContent: false }));
    failIf(validateEditResult(stored.message, body, files.length));
    const edited = this.messages.edit(stored, body, files);
    this.echoUnlessEphemeral('MESSAGE_UPDATE', stored);
    return edited;
  }

  followup(record: InteractionRecord, body: any, files: readonly UploadedFile[]): APIMessage {
    failIf(validateMessage(body, { requireContent: true, fileCount: files.length }));
    const stored = this.createResponse(record, body, files, MESSAGE_TYPE.default, record.originalMessageId);
    record.followupIds.push(stored.message.id);
    return stored.message;
  }

  private validate(type: number, data: any, fileCount: number): ApiError | undefined {
    switch (type) {
      case CALLBACK_TYPE.channelMessage:
        return validateMessage(data, { requireContent: true, fileCount });
      case CALLBACK_TYPE.updateMessage:
        return validateMessage(data, { requireContent: false });
      case CALLBACK_TYPE.autocompleteResult:
        return validateChoices(data);
      case CALLBACK_TYPE.modal:
        return validateModal(data);
      default:
        return undefined;
    }
  }

  private apply(
    record: InteractionRecord,
    type: number,
    data: any,
    files: readonly UploadedFile[],
  ): APIMessage | undefined {
    const componentMessage =
      record.payload.type === INTERACTION_TYPE.messageComponent ? record.payload.message : undefined;
    switch (type) {
      case CALLBACK_TYPE.channelMessage:
      case CALLBACK_TYPE.deferredChannelMessage: {
        const deferred = type === CALLBACK_TYPE.deferredChannelMessage;
        const ephemeral = ((data.flags ?? 0) & MESSAGE_FLAGS.ephemeral) as number;
        const body = deferred ? { flags: ephemeral | MESSAGE_FLAGS.loading } : data;
        const messageType =
          record.type === INTERACTION_TYPE.applicationCommand
            ? MESSAGE_TYPE.chatInputCommand
            : MESSAGE_TYPE.default;
        const stored = this.createResponse(record, body, deferred ? [] : files, messageType, undefined);
        record.originalMessageId = stored.message.id;
        return stored.message;
      }
      case CALLBACK_TYPE.deferredUpdateMessage:
      case CALLBACK_TYPE.updateMessage: {
        const stored =
          componentMessage === undefined ? undefined : this.messages.getById(componentMessage.id);
        if (stored === undefined) return undefined;
        record.originalMessageId = stored.message.id;
        if (type === CALLBACK_TYPE.deferredUpdateMessage) return stored.message;
        const edited = this.messages.edit(stored, data, files);
        this.echoUnlessEphemeral('MESSAGE_UPDATE', stored);
        return edited;
      }
      default:
        record.answer = data;
        return undefined;
    }
  }

  private createResponse(
    record: InteractionRecord,
    body: any,
    files: readonly UploadedFile[],
    type: number,
    originalId: string | undefined,
  ): StoredMessage {
    const { payload } = record;
    const stored = this.messages.create({
      channelId: payload.channel?.id ?? payload.channel_id ?? '',
      guildId: payload.guild_id,
      author: this.world.botUser,
      body: { ...body, message_reference: undefined, nonce: undefined },
      files,
      type,
      webhookId: this.world.applicationId,
      interactionMetadata: this.metadata(record, originalId),
    });
    this.echoUnlessEphemeral('MESSAGE_CREATE', stored);
    return stored;
  }

  private metadata(record: InteractionRecord, originalId: string | undefined): APIMessageInteractionMetadata {
    const { payload } = record;
    const user: APIUser | undefined = payload.member?.user ?? payload.user;
    return {
      id: record.id,
      type: record.type,
      user: user ?? this.world.defaultUser,
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(originalId === undefined ? {} : { original_response_message_id: originalId }),
      ...(payload.type === INTERACTION_TYPE.messageComponent
        ? { interacted_message_id: payload.message.id }
        : {}),
    } as APIMessageInteractionMetadata;
  }

  private callbackResponse(
    record: InteractionRecord,
    type: number,
    message: APIMessage | undefined,
  ): unknown {
    const flags = message?.flags ?? 0;
    return {
      interaction: {
        id: record.id,
        type: record.type,
        ...(message === undefined
          ? {}
          : {
              response_message_id: message.id,
              response_message_loading: (flags & MESSAGE_FLAGS.loading) !== 0,
              response_message_ephemeral: (flags & MESSAGE_FLAGS.ephemeral) !== 0,
            }),
      },
      resource: { type, ...(message === undefined ? {} : { message }) },
    };
  }

  private echoUnlessEphemeral(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', stored: StoredMessage): void {
    if (((stored.message.flags ?? 0) & MESSAGE_FLAGS.ephemeral) === 0) this.echo(event, stored);
  }
}
