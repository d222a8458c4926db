const TIME = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/;

/**
 * Reads a wall-clock time, `09:00`, `9:00`, `21.30` or `9h15`, as `HH:MM` (24 h); undefined when it is
 * not one.
 */
export function parseLocalTime(input: string): string | undefined {
  const match = TIME.exec(input.trim());
  if (!match) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2]!}`;
}
