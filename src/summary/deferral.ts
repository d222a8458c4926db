/** Sentences that put off what they will say ("I will come to childcare", "More on that later"). */
// The speaker putting off what they will say of something: a move in the text, not in the world.
const FUTURE = String.raw`(?:will|shall|['’]ll|am going to|['’]m going to|are going to|['’]re going to)`;
const LATER = String.raw`(?:later|below|shortly|in a (?:moment|minute|while)|in due course|at the end|further on)`;
const IN_CLAUSE = String.raw`[^,;:.!?]`;
// What "come to" or "get to" means when it is no move in the text: "come to an agreement", "come to terms",
// "come to your aid", "get to work", "get to know", "get to the bottom of this".
const NO_TOPIC = String.raw`(?!(?:a|an|terms|power|grips|your|our|his|her|their|work|know|see|be|have|do|go|the bottom)\b)`;
const DEFERRAL = new RegExp(
  [
    // "I will come to childcare.", "We'll get to the money", the clause ending on what is put off.
    String.raw`\b(?:i|we)\s*${FUTURE}\s+(?:come|get)\s+to\s+${NO_TOPIC}(?:[\p{L}'’-]+\s*){1,4}(?=[,;:.!?]|$)`,
    // "I'll come back to that later", "We will say more about the weirs below".
    String.raw`\b(?:i|we)\s*${FUTURE}\s+(?:return|turn|come back|go back|get back|say more|talk|write|speak|look)\b${IN_CLAUSE}*?\b${LATER}\b`,
    // "More on that later.", "More about the costs below."
    String.raw`(?:^|[,;:]\s*)more\s+(?:on|about)\s+${IN_CLAUSE}{1,40}?\b${LATER}\b`,
  ].join('|'),
  'giu',
);
// What every deferral holds (each of `FUTURE`'s words holds "ll" or "going to", the last kind "more"), with its
// flags: a cheap test that spares most sentences the costly one.
const MAY_DEFER = /ll|going to|more/iu;
// The speaker owning to how what was said comes across ("I know how that sounds", "I realise this is hard"):
// it leans on the sentence before and adds nothing to it.
const ACKNOWLEDGEMENT =
  /^(?:i|we)\s+(?:know|realise|realize|understand|admit|accept|grant|appreciate|recognise|recognize)(?:\s+(?:how|what|why|that))?\s+(?:this|that|it)\b/iu;
const CONNECTIVE = /^(?:and|but|so|now|then|well)\b\s*/iu;

/**
 * Where a sentence puts off what it will say of something, each as [start, end) in its text: "I will come
 * to childcare", "We'll get to the money", "I'll come back to that later", "More on the costs below". Such
 * a clause names a subject and says nothing of it; "We will come to an agreement" and "We will return to the
 * moon" say something.
 */
export function deferrals(text: string): [number, number][] {
  if (!MAY_DEFER.test(text)) return [];
  return Array.from(text.matchAll(DEFERRAL), (match) => [match.index, match.index + match[0].length]);
}

/**
 * Whether a sentence only puts off what it will say (see `deferrals`), but for the speaker owning to how what
 * was said sounds, and names no figure: "I will come to childcare.", "More on that later.", "I know how that
 * sounds to working parents, and I will come to childcare." "Fees rose 5% in March, and I will come to why."
 * says something.
 */
export function onlyDefers(text: string): boolean {
  const spans = deferrals(text);
  if (spans.length === 0 || /\p{N}/u.test(text)) return false;
  let rest = text;
  for (const [start, end] of [...spans].reverse()) rest = rest.slice(0, start) + ',' + rest.slice(end);
  return rest
    .split(/[,;:.!?]+/)
    .map((part) =>
      part
        .trim()
        .replace(CONNECTIVE, '')
        .replace(/^[\s"'“‘(]+|[\s"'”’)]+$/g, ''),
    )
    .every((part) => part === '' || ACKNOWLEDGEMENT.test(part));
}
