import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdFactory } from './ids.js';
import { Recorder } from './recorder.js';
import type { ApiArgs, ApiResult } from './web-api-methods.js';

/** A file as `files.getUploadURLExternal` announced it, with the bytes once they were posted. */
interface PendingUpload {
  readonly id: string;
  readonly filename: string;
  readonly length: number;
  readonly altText: string | undefined;
  bytes: Buffer | undefined;
}

/** A file shared by `files.completeUploadExternal`: what a test checks. */
export interface SharedFile {
  readonly id: string;
  readonly filename: string;
  readonly title: string | undefined;
  /** `alt_txt` given to `files.getUploadURLExternal` (WebClient's `alt_text`). */
  readonly altText: string | undefined;
  readonly bytes: Buffer;
  readonly channel: string | undefined;
  readonly threadTs: string | undefined;
  readonly initialComment: string | undefined;
}

const failure = (error: string): ApiResult => ({ ok: false, error });
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * Slack's external upload, the three steps of WebClient `filesUploadV2`: `files.getUploadURLExternal` gives
 * an upload URL and file id, the bytes are POSTed there (multipart, as WebClient sends them), and
 * `files.completeUploadExternal` shares the uploaded files into a channel or thread.
 */
export class FakeFileUploads {
  readonly shared: Recorder<SharedFile>;
  private readonly pending = new Map<string, PendingUpload>();

  constructor(
    private readonly ids: IdFactory,
    private readonly baseUrl: () => string,
    record = true,
  ) {
    this.shared = new Recorder<SharedFile>('shared file', record);
  }

  getUploadUrl(args: ApiArgs): ApiResult {
    const filename = text(args.filename);
    const length = Number(args.length);
    if (filename === undefined) return failure('invalid_arguments');
    if (!Number.isInteger(length) || length <= 0) return failure('invalid_arguments');
    const altText = text(args.alt_txt) ?? text(args.alt_text);
    if (altText !== undefined && altText.length > 1000) return failure('invalid_arguments');
    const id = this.ids.slackId('F');
    this.pending.set(id, { id, filename, length, altText, bytes: undefined });
    return { ok: true, upload_url: `${this.baseUrl()}/upload/${id}`, file_id: id };
  }

  async receive(req: IncomingMessage, res: ServerResponse, id: string, raw: Buffer): Promise<void> {
    const upload = this.pending.get(id);
    const bytes = upload ? await fileBytes(req, raw) : undefined;
    if (!upload || !bytes) {
      res.writeHead(upload ? 400 : 404, { 'content-type': 'text/plain' }).end('fake Slack: bad upload');
      return;
    }
    upload.bytes = bytes;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
  }

  complete(args: ApiArgs): ApiResult {
    const files = Array.isArray(args.files) ? (args.files as { id?: unknown; title?: unknown }[]) : [];
    if (files.length === 0) return failure('invalid_arguments');
    const uploads = files.map((file) => this.pending.get(String(file.id)));
    if (uploads.some((upload) => upload?.bytes === undefined)) return failure('file_not_found');
    const channel = text(args.channel_id);
    const threadTs = text(args.thread_ts);
    if (threadTs !== undefined && channel === undefined) return failure('invalid_arguments');
    const done = files.map((file, index) => {
      const upload = uploads[index]!;
      this.pending.delete(upload.id);
      const sharedFile: SharedFile = {
        id: upload.id,
        filename: upload.filename,
        title: text(file.title),
        altText: upload.altText,
        bytes: upload.bytes!,
        channel,
        threadTs,
        initialComment: text(args.initial_comment),
      };
      this.shared.push(sharedFile);
      return sharedFile;
    });
    return {
      ok: true,
      files: done.map((file) => ({
        id: file.id,
        name: file.filename,
        title: file.title ?? file.filename,
        size: file.bytes.length,
        ...(file.altText === undefined ? {} : { alt_txt: file.altText }),
      })),
    };
  }

  stop(): void {
    this.pending.clear();
    this.shared.close();
  }
}

/** The bytes of an upload POST: the file part of a multipart body, or the raw body. */
async function fileBytes(req: IncomingMessage, raw: Buffer): Promise<Buffer | undefined> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return raw.length > 0 ? raw : undefined;
  const form = await new Request('http://fake.invalid/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: raw,
  }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return undefined;
}
