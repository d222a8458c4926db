/** The log levels at which a command also says how it read the library. */
const DETAILED_LEVELS: ReadonlySet<string> = new Set(['debug', 'trace']);

/**
 * Where a command writes its line on what the library snapshot did ("library snapshot updated: 1 file
 * parsed…"): stderr at `LOG_LEVEL=debug` or `trace`, nowhere otherwise. Someone who asked for a quote gets
 * the quote; that the articles were read again since the last run, and how, is the cache's business (the
 * bot's log keeps the line at `info`). Damage found in the snapshot, or a snapshot that cannot be saved, is
 * still said at every level: those lines do not come through here.
 */
export function snapshotDetail(level: string | undefined): (line: string) => void {
  return level !== undefined && DETAILED_LEVELS.has(level)
    ? (line) => void process.stderr.write(`${line}\n`)
    : () => undefined;
}
