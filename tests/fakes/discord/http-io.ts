import type { IncomingMessage, ServerResponse } from 'node:http';

/** A file part of a multipart request (discord.js sends `files[n]` beside `payload_json`). */
export interface UploadedFile {
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Buffer;
}

export interface ParsedBody {
  /** Parsed JSON, or the parsed `payload_json` part of a multipart body; undefined when there is none. */
  readonly json: any;
  readonly files: readonly UploadedFile[];
  /** Other multipart text fields. */
  readonly fields: Readonly<Record<string, string>>;
  readonly multipart: boolean;
}

const EMPTY: ParsedBody = { json: undefined, files: [], fields: {}, multipart: false };

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** A body Discord could not read (answered 400/50109). */
export class BodyParseError extends Error {}

/** Parses JSON bodies directly and multipart bodies with the WHATWG `Request.formData()` built into Node. */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return EMPTY;
  const type = contentType ?? '';
  try {
    if (type.startsWith('multipart/form-data')) return await parseMultipart(raw, type);
    return { ...EMPTY, json: JSON.parse(raw.toString('utf8')) };
  } catch {
    throw new BodyParseError('The request body contains invalid JSON.');
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Request('http://fake.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  let json: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = JSON.parse(value);
      else fields[field] = value;
    } else {
      const data = Buffer.from(await value.arrayBuffer());
      files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
    }
  }
  return { json, files, fields, multipart: true };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): void {
  if (status === 204 || body === undefined) {
    response.writeHead(status === 200 ? 204 : status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
