/**
 * Lines of a working document that are no quote of their own, however well they read: a change record that
 * ends on its ticket, a thanks to the people who helped, and a sentence whose "The <noun>" is the thing the
 * sentence before it introduced. A search finds each; no random quote or daily post is one.
 */

/** A ticket's or an issue's reference: "ENG-1430", "JIRA-12", "#4521". */
const TICKET = String.raw`(?:\p{Lu}[\p{Lu}\p{N}]{1,9}-\p{N}+|#\p{N}+)`;
/**
 * A sentence that ends on its tickets in brackets, as a change log's or a checklist's line does: "Search
 * results cache for 60 seconds instead of 30 (ENG-1430).", "…replicas (owner: Jonas Berg, ENG-1688)".
 */
const ENDS_ON_TICKET = new RegExp(
  String.raw`\((?:[^()]*[,;:]\s*)?${TICKET}(?:\s*[,;/]\s*${TICKET})*\)[.!]?["”']?$`,
  'u',
);

/** Whether a sentence is a change record: it ends on the ticket it was done under (`ENDS_ON_TICKET`). */
export function endsOnTicket(text: string): boolean {
  return ENDS_ON_TICKET.test(text.trim());
}

/** A name or a team as a thanks lists it: "Priya", "Dmitri Volkov", "the platform team". */
const THANKED = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*|the\s+(?:[\p{L}-]+\s+){0,3}(?:team|teams|group|crew|folks|people))`;
/**
 * A thanks for help: "Thanks to Priya, Dmitri, Aisha and Tom for the data in this doc.", "Special thanks to the
 * platform team for…", "Thank you to Ana for reviewing.". Those thanked are names or teams alone, then "for":
 * "Thanks to Medicare, seniors pay less for…" says what something did, and stays a statement.
 */
const ACKNOWLEDGEMENT = new RegExp(
  String.raw`^(?:(?:many|special|big|huge|warm|heartfelt|our|my)\s+)?(?:thanks|thank\s+you|gratitude|kudos|shout-?out)\s+(?:(?:goes|go)\s+)?to\s+${THANKED}(?:\s*(?:,|,?\s+and|&)\s*${THANKED})*,?\s+for\b`,
  'iu',
);

/** Whether a sentence thanks people for their help, as a document's acknowledgement does (`ACKNOWLEDGEMENT`). */
export function acknowledges(text: string): boolean {
  return ACKNOWLEDGEMENT.test(text.trim().replace(/^["“'‘]/u, ''));
}

/**
 * A request to the reader opening a sentence, as a notice's instructions open: "Please bring one line you
 * loved.", "Kindly reply by Friday.", "Don't forget to sign the sheet.". "Please" then a verb, not "Please,
 * sir, …" (a character's plea, in words of its own).
 */
const REQUEST_OPENING =
  /^(?:please|kindly|(?:do not|don't|don’t) forget to|remember to|be sure to|make sure (?:to|you))\s+\p{Ll}/u;

/** "please" and a verb after a comma or a semicolon: "…, please reply in #planning". */
const LATER_REQUEST = /[,;]\s+please\s+\p{Ll}/u;

/** A day a notice names: a weekday, or a day of a month ("the 15th", "15 March", "March 15"). */
const NOTICE_DAY = new RegExp(
  String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)`,
  'iu',
);
/** A clock time: "7 pm", "7:30", "19:00", "10 a.m.". */
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\b\d{1,2}:\d{2}\b/iu;
/** Where a meeting is: a chat's channel ("#meeting-room"), or a room, a hall, a call or a link to one. */
const MEETING_PLACE =
  /(?:^|\s|\()#[\p{L}\p{N}_-]+|\b(?:room|hall|channel|call|zoom|teams|meet|link|library|classroom|auditorium|gym|canteen|office|venue)\b/iu;

/**
 * Whether a sentence is an instruction to the reader, as a club's or a school's notice gives it: a request
 * opening it ("Please bring…"), or a meeting's day, clock time and place in one ("…before the meeting on
 * Thursday the 15th at 7 pm (voice channel #meeting-room)."). A search finds it; no daily post is one.
 */
export function addressesReader(text: string): boolean {
  const plain = text.trim();
  if (REQUEST_OPENING.test(plain.replace(/^\p{Lu}/u, (first) => first.toLowerCase()))) return true;
  // "Volunteers to lead it, please reply in #planning by the 25th.": a request further in, with where or when.
  if (LATER_REQUEST.test(plain) && (MEETING_PLACE.test(plain) || NOTICE_DAY.test(plain))) return true;
  return NOTICE_DAY.test(plain) && CLOCK_TIME.test(plain) && MEETING_PLACE.test(plain);
}

/** "The <noun>" opening a sentence, and the word after it: "The variable will be ignored…". */
const DEFINITE_OPENING = /^The\s+(\p{Ll}[\p{Ll}-]+)\s+(\S+)/u;
/** Words after "The <noun>" that make it particular: "The variable of…", "The variable that…", "The flag X". */
const PARTICULAR_AFTER = /^(?:of|that|which|who|whose|in|on|at|for|from|with|we|you|i|they|called|named)$/u;
/** Words that introduce a thing not met before: "a variable", "another flag". */
const INTRODUCING = new Set(['a', 'an', 'another', 'one', 'new']);
/** A name or an identifier before a noun that makes it one thing: "SEARCH_SINGLEFLIGHT", "Redis", "v2.15". */
const NAMING = /^(?:\p{Lu}|[\p{L}\p{N}]*[_\p{N}])/u;
/** How far before its noun a word that introduces or names it may stand ("the SEARCH_SINGLEFLIGHT environment variable"). */
const INTRODUCED_WITHIN = 2;

/** A noun's forms compared: "variables" is "variable". */
const singular = (word: string): string => word.toLowerCase().replace(/(?:es|s)$/u, '');

/**
 * Whether a sentence's "The <noun>" is the thing the sentence before it introduced, and says nothing on its own
 * to tell which: "The variable will be ignored from v2.17.0." after "The SEARCH_SINGLEFLIGHT environment
 * variable is deprecated." (named there), or "The alarm…" after "We fitted an alarm…" (introduced by "an"). A
 * noun made particular after it ("The variable of…", "The flag `x`…"), one the sentence before does not name,
 * or one it names as already known ("the managed failover") reads alone.
 */
export function leansOnSentenceBefore(text: string, before: string | undefined): boolean {
  if (before === undefined) return false;
  const found = DEFINITE_OPENING.exec(text.trim());
  if (found === null) return false;
  const [, noun = '', next = ''] = found;
  if (PARTICULAR_AFTER.test(next.toLowerCase()) || /^[\p{Lu}\p{N}`"“(]/u.test(next)) return false;
  const words = before.match(/[\p{L}\p{N}_.’'-]*[\p{L}\p{N}]/gu) ?? [];
  return words.some((word, at) => {
    if (singular(word) !== singular(noun)) return false;
    const lead = words.slice(Math.max(0, at - INTRODUCED_WITHIN), at);
    // The sentence's own first word is capitalised for its place, and names nothing.
    return lead.some(
      (each, k) => INTRODUCING.has(each.toLowerCase()) || (NAMING.test(each) && at - lead.length + k > 0),
    );
  });
}
