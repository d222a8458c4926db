/**
 * A transcript's speaker labels in the forms people paste: "Maya:", "Maya Chen:", "MAYA:", a role and a name
 * ("HOST (Maya):", "GUEST (Luis):"), any of them after a timestamp ("[00:12:31] Maya:", "00:12:31 Maya:"), and
 * an Otter.ai export's "Maya Chen  0:03", on a line of its own above the words or run into them by an import.
 */

/** A paragraph's speaker label: who speaks it, in what role if the label says, and how long the label is. */
export interface SpeakerLabel {
  /** The paragraph it labels. */
  readonly at: number;
  /** The speaker as the label names them, capitals as a name is written ("MAYA" is "Maya"); "Guest" for a role alone. */
  readonly name: string;
  /** The role the label gives ("HOST (Maya):", "Guest:", "PRODUCER (Dev):"), if any. */
  readonly role: 'host' | 'guest' | 'crew' | undefined;
  /** The label's length, with a timestamp before it, a note after it ("[laughs]") and the spaces: the words start after it. */
  readonly length: number;
}

/** A timestamp before a label: "[00:12:31]", "(12:31)", "00:12:31". */
const TIMESTAMP = String.raw`(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){1,2})\s+`;
/** A speaker's name of one to three capitalised words: "Maya", "Maya Chen", "MAYA", "Dr. Tom Becker". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/**
 * A role a label gives before the name in brackets: "HOST (Maya)", "Guest (Luis Ortega)", and any role in
 * capitals, whatever its word: "CHAIR (Ben Hollis)", "AUDIENCE (Priya Nair)", "PANELLIST (Dr Amy Cole)",
 * "COUNSEL FOR THE STATE (Ann Lee)" are a seminar's, a panel's, a hearing's.
 */
const ROLE_WORDS = ['host', 'co-host', 'guest', 'interviewer', 'interviewee', 'presenter', 'producer'];
const CAPITALS_ROLE = String.raw`\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){0,3}`;
const ROLE = String.raw`(${ROLE_WORDS.map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`).join('|')}|${CAPITALS_ROLE})\s*\((${NAME})\)`;
/** A transcript's note straight after a label ("[laughs]", "(laughing)"): no part of what is said. */
const NOTE = String.raw`(?:[[(][\p{Ll} ]{2,30}[\])]\s+)?`;
const COLON_LABEL = new RegExp(String.raw`^(?:${TIMESTAMP})?(?:${ROLE}|(${NAME})):\s+${NOTE}(?=\S)`, 'u');
/** Otter.ai's label: a name, then the time into the recording, alone or before the words. */
const OTTER_LABEL = new RegExp(String.raw`^(${NAME})\s+\d{1,2}(?::\d{2}){1,2}(?:\s+${NOTE}(?=\S)|\s*$)`, 'u');
/** A role named alone as a label ("Guest:", "HOST:"), which a text's own words may name (`guestNamed`). */
const ROLE_ALONE = /^(?:host|co-host|presenter|interviewer|guest|interviewee)$/iu;
const HOST_ROLES = new Set(['host', 'co-host', 'presenter', 'interviewer', 'chair', 'moderator', 'facilitator']);

/** "MORGAN" as a name is written, "Morgan"; a name in small letters too stays as it is. */
export function asName(label: string): string {
  return label.replace(/\p{Lu}{2,}/gu, (word) => word[0]! + word.slice(1).toLowerCase());
}

function roleOf(word: string | undefined): SpeakerLabel['role'] {
  if (word === undefined) return undefined;
  if (HOST_ROLES.has(word.toLowerCase())) return 'host';
  if (/^(?:guest|interviewee)$/iu.test(word)) return 'guest';
  return /^producer$/iu.test(word) ? 'crew' : undefined;
}

/** The paragraph's speaker label, if it opens on one (see the forms above). */
function labelOf(text: string, at: number): SpeakerLabel | undefined {
  const colon = COLON_LABEL.exec(text);
  if (colon !== null) {
    const [whole, role, named, alone] = colon;
    const name = named ?? alone!;
    const own = role ?? (ROLE_ALONE.test(name) ? name : undefined);
    return { at, name: asName(name), role: roleOf(own), length: whole.length };
  }
  const otter = OTTER_LABEL.exec(text);
  if (otter === null) return undefined;
  const name = otter[1]!;
  return { at, name: asName(name), role: roleOf(ROLE_ALONE.test(name) ? name : undefined), length: otter[0].length };
}

/** The speaker labels the paragraphs open on, in order. */
export function speakerLabels(paragraphs: readonly string[]): SpeakerLabel[] {
  return paragraphs.flatMap((text, at) => {
    const label = labelOf(text, at);
    return label === undefined ? [] : [label];
  });
}
