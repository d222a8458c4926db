import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

export type LogLine = Record<string, unknown>;

/** A pino logger at `info` whose JSON lines a test can read, or wait for. */
export function capturedLogger(): {
  logger: Logger;
  lines: () => LogLine[];
  find: (match: (line: LogLine) => boolean, timeoutMs?: number) => Promise<LogLine>;
} {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const find = async (match: (line: LogLine) => boolean, timeoutMs = 15_000): Promise<LogLine> => {
    const started = Date.now();
    for (;;) {
      const line = lines.find(match);
      if (line) return line;
      if (Date.now() - started > timeoutMs) throw new Error(`no matching log line in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { logger: pino({ level: 'info' }, sink), lines: () => lines, find };
}

/** Matches a line whose message starts with `text`. */
export const logMessage =
  (text: string) =>
  (line: LogLine): boolean =>
    String(line['msg']).startsWith(text);
