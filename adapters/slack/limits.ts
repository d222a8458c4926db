/**
 * Slack's limits that the renderer respects (Block Kit reference). Lengths are counted in UTF-16 units,
 * which is never fewer than Slack's count of characters, so staying under them in JS stays under Slack's.
 */
export const SLACK_LIMITS = {
  /** Text of a section block. */
  sectionText: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Elements in a context block. */
  contextElements: 10,
  /** Text of one context element (a mrkdwn text object). */
  contextText: 3000,
  /** A button's label (plain text). */
  buttonText: 75,
  /** A button's value, where the adapter keeps the state the button needs. */
  buttonValue: 2000,
  /** The top-level `text`, shown in notifications; Slack allows far more, a notification needs far less. */
  fallbackText: 3000,
  /** A slash command's name, slash included. */
  commandName: 32,
  /** The alt text of an uploaded image (`alt_txt` of `files.getUploadURLExternal`). */
  fileAltText: 1000,
} as const;

export { isHighSurrogate, truncate } from '../shared/text-limits.js';
