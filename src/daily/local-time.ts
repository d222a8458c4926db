const TIME = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/;
const FOUR_DIGITS = /^([01]\d|2[0-3])([0-5]\d)$/;
const TWELVE_HOUR = /^(0?[1-9]|1[0-2])(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?$/i;

/**
 * Reads a wall-clock time, `09:00`, `9:00`, `21.30`, `9h15`, `0930`, `9am` or `9:30 pm`, as `HH:MM`
 * (24 h); undefined when it is not one.
 */
export function parseLocalTime(input: string): string | undefined {
  const text = input.trim();
  const match = TIME.exec(text) ?? FOUR_DIGITS.exec(text);
  if (match) return `${match[1]!.padStart(2, '0')}:${match[2]!}`;
  const twelve = TWELVE_HOUR.exec(text);
  if (!twelve) return undefined;
  const hour = (Number(twelve[1]) % 12) + (twelve[3]!.toLowerCase() === 'p' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${twelve[2] ?? '00'}`;
}
