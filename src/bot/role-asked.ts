/** The part in a show a question asks the words of: the guests (interviewees) or the host (the interviewer). */
export type RoleWanted = 'guest' | 'host';

/** A question about what a show's guest or host said: whose words, and about what (none: everything they said). */
export interface RoleAsked {
  readonly role: RoleWanted;
  /** The words asked about ("teenagers"); undefined for "what did the guest say?" or "…about it?". */
  readonly about: string | undefined;
  /** Whether the words point back at what was just quoted ("…about it?", "…about that?"). */
  readonly pointsBack: boolean;
}

const ROLE_NOUNS = String.raw`(guests?|interviewees?|hosts?|co-?hosts?|presenters?|interviewers?)`;
/**
 * "what did the guest say about teenagers?", "what did the guests say about burnout", "what does the host
 * think of naps?", "anything from the guest about employers?": the role (the first or second group) and what
 * about (the third).
 */
const ROLE_ASKED = new RegExp(
  String.raw`^\s*(?:(?:and|so|ok|okay)[\s,]+)?(?:what (?:did|does|do|has|have) (?:the|our|your|this week's|that|this) ${ROLE_NOUNS} (?:say|said|talk about|talked about|think|tell us|tell you)|(?:anything|something) (?:from|by) (?:the|our|this week's) ${ROLE_NOUNS})(?:\s+(?:about|on|of|regarding)\s+(.+?))?[\s?!.]*$`,
  'iu',
);
/** What points back at the last quote's subject: "…about it?", "…about that?". */
const POINTING_BACK = /^(?:it|that|this|that topic|this topic|them|those)$/iu;

/** The show's part and the words a question asks about (see `ROLE_ASKED`); undefined for any other message. */
export function roleAsked(text: string): RoleAsked | undefined {
  const asked = ROLE_ASKED.exec(text);
  if (asked === null) return undefined;
  const noun = (asked[1] ?? asked[2]!).toLowerCase();
  const role: RoleWanted = /^(?:guest|interviewee)/u.test(noun) ? 'guest' : 'host';
  const about = asked[3]?.trim() || undefined;
  const pointsBack = about !== undefined && POINTING_BACK.test(about);
  return { role, about: pointsBack ? undefined : about, pointsBack };
}

/**
 * A question about what a show's guest or host said, after a quote of an episode (`slug`): of the words just
 * quoted (`subject`) when it points back at them ("what did the host say about it?"), in the whole library;
 * else all they said in that episode ("what did the guest say?"); undefined when it names its own words, or
 * is no such question.
 */
export function roleAskedOf(text: string, slug: string, subject: string | undefined): QuoteAsked | undefined {
  const asked = roleAsked(text);
  if (asked === undefined || asked.about !== undefined) return undefined;
  // After "what did the guest say about naps?", "and the host about it?" is about naps.
  const before = subject === undefined ? undefined : roleAsked(subject);
  const words = before === undefined ? subject : before.about;
  if (asked.pointsBack && words === undefined) return undefined;
  // Of the words just quoted, their words anywhere (the guest of another episode may speak of them).
  if (asked.pointsBack) return { kind: 'quote', query: `what did the ${asked.role} say about ${words}` };
  return { kind: 'quote', query: `what did the ${asked.role} say`, article: slug };
}

type QuoteAsked = { readonly kind: 'quote'; readonly query: string; readonly article?: string };
