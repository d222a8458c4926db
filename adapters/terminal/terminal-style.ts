import { truncate } from '../shared/text-limits.js';
import type { WordingStyle } from '../shared/wording.js';

/** How to emphasise matched words: ANSI bold and colour on a terminal, nothing in piped output. */
export interface TerminalStyle {
  readonly color: boolean;
  /** The console chat, where `/next` and `/context` follow a quote (the CLI has no such commands). */
  readonly chat?: boolean;
}

/** Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function terminalStyleFor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): TerminalStyle {
  return { color: isTTY === true && !env['NO_COLOR'] };
}

/** A terminal's way of writing the shared wording: control characters stripped, commands as typed. */
export const TERMINAL_WORDING: WordingStyle = {
  // What a user typed, echoed back: at most a line's worth ("No passage matches “…”").
  quoted: (text) => `“${safeForTerminal(truncate(text, 200))}”`,
  escaped: (text) => safeForTerminal(text),
  code: (text) => text,
  command: (name) => `/${name}`,
};

/** The command line's way: a command is the CLI's ("quotebot articles"), not the chat's "/articles". */
const CLI_WORDING: WordingStyle = {
  ...TERMINAL_WORDING,
  command: (name) => `quotebot ${name}`,
  option: (name, value) => `--${name} ${value}`,
};

/** The wording for this terminal: the console chat's, or the command line's. */
export const wordingOf = (style: TerminalStyle): WordingStyle =>
  style.chat ? TERMINAL_WORDING : CLI_WORDING;

/** Dimmed on a terminal (attributions, hints), plain in piped output. */
export const dim = (text: string, style: TerminalStyle): string =>
  style.color ? `\u001b[2m${text}\u001b[0m` : text;

/** Strips terminal control characters from text that came from content or users. */
export function safeForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
