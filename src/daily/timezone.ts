import { editDistance } from '../search/edit-distance.js';
import { foldText } from '../text/fold.js';
import { loadTimezonePlaces, type TimezonePlace } from './timezone-places.js';

/** What a user typed for a timezone, resolved, or the zones they may have meant. */
export type TimezoneResolution =
  | { readonly ok: true; readonly timezone: string }
  | { readonly ok: false; readonly suggestions: readonly string[] };

// Abbreviations name an offset, not a place with its daylight-saving rules: offer the usual places.
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  cet: ['Europe/Berlin', 'Europe/Paris', 'Europe/Brussels'],
  cest: ['Europe/Berlin', 'Europe/Paris', 'Europe/Brussels'],
  wet: ['Europe/Lisbon'],
  eet: ['Europe/Athens', 'Europe/Helsinki'],
  bst: ['Europe/London'],
  est: ['America/New_York', 'America/Toronto'],
  edt: ['America/New_York', 'America/Toronto'],
  cst: ['America/Chicago', 'America/Mexico_City', 'Asia/Shanghai'],
  cdt: ['America/Chicago'],
  mst: ['America/Denver', 'America/Phoenix'],
  mdt: ['America/Denver'],
  pst: ['America/Los_Angeles', 'America/Vancouver'],
  pdt: ['America/Los_Angeles', 'America/Vancouver'],
  ist: ['Asia/Kolkata', 'Europe/Dublin'],
  jst: ['Asia/Tokyo'],
  kst: ['Asia/Seoul'],
  aest: ['Australia/Sydney', 'Australia/Brisbane'],
};

// Older ICU data (Node 20) reports the historical name of renamed zones; people look for the current one.
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

function accepted(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const current = (zone: string): string => {
  const renamed = RENAMED[zone];
  return renamed !== undefined && accepted(renamed) ? renamed : zone;
};

// IANA's GMT (a link to Etc/GMT) is UTC all year; the UK's clock, GMT in winter and BST in summer, is
// Europe/London.
const UTC_NAMES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'zulu', 'universal', 'etc/universal']);

let zoneList: readonly string[] | undefined;

/** Every IANA timezone this runtime knows, plus `UTC`. */
export function knownTimezones(): readonly string[] {
  zoneList ??= [
    'UTC',
    ...Intl.supportedValuesOf('timeZone')
      .filter((zone) => zone !== 'UTC')
      .map(current),
  ];
  return zoneList;
}

/** `new_york` from "New York", "new-york", "NEW_YORK". */
function key(text: string): string {
  return foldText(text.trim())
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

const cityOf = (zone: string): string => key(zone.slice(zone.lastIndexOf('/') + 1));

/** The canonical name of a zone the runtime accepts (`europe/berlin` → `Europe/Berlin`), if it is one. */
function canonical(input: string): string | undefined {
  if (!input.includes('/') && !UTC_NAMES.has(input.toLowerCase())) return undefined;
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: input }).resolvedOptions().timeZone;
    return UTC_NAMES.has(zone.toLowerCase()) ? 'UTC' : current(zone);
  } catch {
    return undefined;
  }
}

/** A place's zone as this runtime names it, if it knows the zone under its name or another of its group. */
function zoneOf(place: TimezonePlace): string | undefined {
  const known = [place.name, ...place.group].find(accepted);
  return known === undefined ? undefined : current(known);
}

/** The zones whose country is `wanted` (`india`), and those one of whose main cities is (`mumbai`). */
function placesNamed(wanted: string, places: readonly TimezonePlace[]) {
  // The table has no populations. A zone's other names stand in: America/New_York has 17 (US/Eastern,
  // EST5EDT, …), America/Adak 3; the table's order (by offset) breaks ties.
  const zones = (matches: (place: TimezonePlace) => boolean) => [
    ...new Set(
      places
        .filter(matches)
        .sort((a, b) => b.group.length - a.group.length)
        .map(zoneOf)
        .filter((zone) => zone !== undefined),
    ),
  ];
  return {
    country: zones((place) => key(place.countryName) === wanted),
    city: zones((place) => place.mainCities.some((city) => key(city) === wanted)),
  };
}

/**
 * Zones that may be meant by some words, best first: a country's zones and a zone whose city or one of
 * whose main cities matches exactly (`places`, from `loadTimezonePlaces`), then a zone whose city starts
 * with the words, then one whose name contains them, then one within typo distance. For autocomplete too.
 */
export function suggestTimezones(input: string, limit = 5, places: readonly TimezonePlace[] = []): string[] {
  const wanted = key(input);
  if (wanted.length === 0) return knownTimezones().slice(0, limit);
  // An abbreviation's places are what it means: "est" is no part of "Budapest".
  const fromAbbreviation = ABBREVIATIONS[wanted];
  if (fromAbbreviation !== undefined) return fromAbbreviation.slice(0, limit);
  const ranked: { zone: string; rank: number }[] = [];
  const named = placesNamed(wanted, places);
  for (const zone of [...named.country, ...named.city]) ranked.push({ zone, rank: -1 });
  const budget = wanted.length < 5 ? 1 : 2;
  for (const zone of knownTimezones()) {
    const city = cityOf(zone);
    const full = key(zone);
    let rank: number | undefined;
    if (city === wanted || full === wanted) rank = 0;
    else if (city.startsWith(wanted) || full.startsWith(wanted)) rank = 1;
    else if (full.includes(wanted)) rank = 2;
    else {
      // A typo in the city of a whole name ("europe/berln") as in a city alone ("berln").
      const distance = Math.min(
        editDistance(city, wanted, budget),
        wanted.includes('/') ? editDistance(full, wanted, budget) : Infinity,
      );
      if (distance <= budget) rank = 2 + distance;
    }
    if (rank !== undefined) ranked.push({ zone, rank });
  }
  // A typo in a main city ("mumbia") ranks as one in a zone's own city, when none is nearer: "berln" is
  // Berlin, not also Bergen's Europe/Oslo.
  const best = Math.min(Infinity, ...ranked.map((entry) => entry.rank));
  for (const place of places) {
    const zone = zoneOf(place);
    if (zone === undefined) continue;
    const distance = Math.min(...place.mainCities.map((city) => editDistance(key(city), wanted, budget)));
    if (distance <= budget && 2 + distance <= best) ranked.push({ zone, rank: 2 + distance });
  }
  // Stable: a country's zones keep the order `placesNamed` gives them.
  ranked.sort((a, b) => a.rank - b.rank || (a.rank < 0 ? 0 : a.zone.localeCompare(b.zone)));
  return [...new Set(ranked.map((entry) => entry.zone))].slice(0, limit);
}

/**
 * Validates a timezone a user typed. Accepts an IANA name in any case (`europe/berlin`), `UTC` (and `GMT`,
 * which IANA defines as UTC), a city that names exactly one zone (`berlin` → `Europe/Berlin`, `new york` →
 * `America/New_York`), and, given `places`, a main city of one zone (`mumbai` → `Asia/Kolkata`) or a
 * country with one zone (`india` → `Asia/Kolkata`). Anything else (typos, abbreviations such as `CET`, a
 * country of several zones) is refused with suggestions.
 */
export function resolveTimezone(input: string, places: readonly TimezonePlace[] = []): TimezoneResolution {
  const text = input.trim();
  if (text.length === 0) return { ok: false, suggestions: [] };
  const zone = ianaZone(text);
  if (zone !== undefined) return { ok: true, timezone: zone };
  const wanted = key(text);
  if (ABBREVIATIONS[wanted] === undefined) {
    const cities = knownTimezones().filter((candidate) => cityOf(candidate) === wanted);
    if (cities.length === 1) return { ok: true, timezone: cities[0]! };
    if (cities.length === 0) {
      const named = placesNamed(wanted, places);
      const only = named.city.length === 1 ? named.city : named.country.length === 1 ? named.country : [];
      if (only.length === 1) return { ok: true, timezone: only[0]! };
    }
  }
  return { ok: false, suggestions: suggestTimezones(text, 5, places) };
}

/** The IANA zone typed, in any case and with spaces for underscores, if it is one. */
function ianaZone(text: string): string | undefined {
  return canonical(text) ?? canonical(text.replace(/\s+/g, '_'));
}

/**
 * `resolveTimezone` with the zones' places (`loadTimezonePlaces`), which are loaded only when the words
 * typed are not an IANA name.
 */
export async function resolveTypedTimezone(input: string): Promise<TimezoneResolution> {
  const zone = ianaZone(input.trim());
  if (zone !== undefined) return { ok: true, timezone: zone };
  return resolveTimezone(input, await loadTimezonePlaces());
}

/** `suggestTimezones` with the zones' places, for autocomplete. */
export async function suggestTypedTimezones(input: string, limit = 5): Promise<string[]> {
  return suggestTimezones(input, limit, key(input).length === 0 ? [] : await loadTimezonePlaces());
}
