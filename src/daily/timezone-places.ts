/**
 * A timezone as people name it: the cities and the country it is the clock of. From `@vvo/tzdb`'s
 * `raw-time-zones.json` (its fields, trimmed to what is read here).
 */
export interface TimezonePlace {
  /** The IANA name (`Asia/Kolkata`). */
  readonly name: string;
  /** Other IANA names of the same clock (`Asia/Calcutta`). */
  readonly group: readonly string[];
  /** The zone's country in English (`India`); several zones may share one. */
  readonly countryName: string;
  /** The zone's largest cities (`Mumbai`, `Delhi`, …), which its IANA name need not name. */
  readonly mainCities: readonly string[];
  /** The name of its time (`India Time`). */
  readonly alternativeName: string;
}

let loading: Promise<readonly TimezonePlace[]> | undefined;

/**
 * The places of every zone, loaded once, on first use: the table is about 120 kB of JSON that a quote
 * never needs, so only a timezone that is not an IANA name loads it (`resolveTypedTimezone`).
 */
export function loadTimezonePlaces(): Promise<readonly TimezonePlace[]> {
  loading ??= import('@vvo/tzdb/raw-time-zones.json', { with: { type: 'json' } }).then(
    (table: { default: readonly TimezonePlace[] }) => table.default,
  );
  return loading;
}
