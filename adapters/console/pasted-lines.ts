/**
 * Lines of the console that are one message: a paste arrives a line at a time, where Discord and Slack get a
 * pasted stack trace as one message.
 */

/**
 * Most milliseconds between two lines of one paste: a terminal hands over a pasted block at once, while
 * nobody types a line and its Enter that fast.
 */
export const PASTE_MS = 15;

/**
 * A frame of a stack trace: "    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)",
 * Java's "\tat org.x.Y.run(Y.java:42)" and "\t... 12 more", Python's '  File "app.py", line 3, in main'.
 */
const FRAME =
  /^\s*at\s+\S.*(?::\d+(?::\d+)?\)?|\((?:native|<anonymous>|Unknown Source)\))\s*$|^\s+\.\.\.\s*\d+\s+more\s*$|^\s*File\s+".*",\s+line\s+\d+/u;
/** A line that opens a trace whose frames follow: Python's "Traceback (most recent call last):". */
const TRACE_OPENING = /^\s*Traceback\s+\(most recent call last\):\s*$/u;
/** What a trace says after its frames, or between two: Java's "Caused by: …", Python's error line. */
const TRACE_LINK = /^\s*Caused by:\s/u;

/**
 * Whether a line goes on with the message of the lines before it, though it came on its own: a frame of the
 * stack trace they began, or of the error they name ("Error: Connection terminated unexpectedly" and its
 * "at …" lines); an indented line or the closing error line of a Python traceback; Java's "Caused by:".
 */
export function continuesTrace(before: readonly string[], line: string): boolean {
  if (before.length === 0) return false;
  if (FRAME.test(line)) return true;
  const traced = before.some((each) => FRAME.test(each));
  if (traced && TRACE_LINK.test(line)) return true;
  if (!TRACE_OPENING.test(before[0]!)) return false;
  // A Python traceback: its frames and their code are indented, and its one line after them names the error.
  const last = before.at(-1)!;
  return /^\s/u.test(line) || (before.length > 1 && /^\s/u.test(last) && line.trim().length > 0);
}
