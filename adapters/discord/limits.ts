/**
 * Discord's limits that the renderers respect (API reference: messages, embeds, components, autocomplete).
 * Lengths are counted in UTF-16 units, never fewer than Discord's count of characters, so staying under
 * them in JS stays under Discord's.
 */
export const DISCORD_LIMITS = {
  /** A message's `content`. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedAuthorName: 256,
  embedFooterText: 2048,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  /** Title, description, field names and values, footer and author name of all embeds together. */
  embedTotal: 6000,
  /** Choices in an autocomplete answer. */
  choices: 25,
  /** A choice's name (what the user sees) and a string choice's value. */
  choiceName: 100,
  choiceValue: 100,
  /** A component's `custom_id`. */
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  /** An attachment's `description`: the alt text of an image. */
  attachmentDescription: 1024,
} as const;

export { isHighSurrogate, truncate } from '../shared/text-limits.js';
