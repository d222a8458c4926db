/**
 * The date on a card, as the chat reply it comes with and the command line write it: 2020-05-17. A card is
 * posted beside that reply, and two ways of writing one date side by side read as two dates; "May 17, 2020" is
 * also the American order, which a reader elsewhere reads as a foreign one, while year-month-day reads the same
 * in every country and is the shortest, leaving the caption's room to the title. Anything else is shown as given.
 */
export function formatCardDate(iso: string): string {
  return iso;
}
