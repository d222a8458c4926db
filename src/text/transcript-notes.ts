/**
 * A transcript's note of what the audience did: a word or two in square brackets ("[Laughter]",
 * "[Applause.]"), or one word in round ones ("(Applause.)", "(laughs)"). Told from an editor's insertion
 * ("[It] is foremost…", "Governor Gardner [Washington]", "[missing text]") by where it stands: a note
 * stands between sentences or between dashes, an insertion among the words.
 */
const NOTE = String.raw`(?:\[\p{L}+(?: \p{L}+)?\.?\]|\(\p{L}+\.?\))`;
/** Notes one after another count as one ("[Laughter] [Applause]"). */
const NOTES = String.raw`${NOTE}(?:\s*${NOTE})*`;
const DASH = '[-–—]';

/**
 * A note that cut a sentence short, after its dash and before its full stop ("Well-[applause].", "She has
 * long said—(applause)."): the sentence ends where the speaker stopped.
 */
const CUT_SHORT = new RegExp(String.raw`\s*${DASH}+\s*${NOTES}(?=[.!?])`, 'gu');
/** A note between dashes ("common sense--[Laughter]--a novel concept.") or after one: the dash stays. */
const BETWEEN_DASHES = new RegExp(String.raw`(?<=${DASH})\s*${NOTES}\s*${DASH}*`, 'gu');
/**
 * A note between sentences, with or without spaces ("…negotiate. [Laughter]To launch…"), at the text's start
 * or end: a sentence's end (or the start), the note, then the next sentence's capital, figure or quote.
 */
const BETWEEN_SENTENCES = new RegExp(
  String.raw`(^|[.!?…]["”’')\]]*)\s*${NOTES}\s*(?=$|["“‘'(]?[\p{Lu}\p{N}])`,
  'gu',
);

/**
 * A paragraph without its transcript notes: they are no words of the speech, so no quote, summary or daily
 * post shows them, and a sentence after one glued to it ("[Laughter]To launch…") starts where the note was.
 */
export function withoutTranscriptNotes(paragraph: string): string {
  if (!paragraph.includes('[') && !paragraph.includes('(')) return paragraph;
  return paragraph
    .replace(CUT_SHORT, '')
    .replace(BETWEEN_DASHES, '')
    .replace(BETWEEN_SENTENCES, (_note, end: string, offset: number, text: string) =>
      end === '' || offset + _note.length === text.length ? end : `${end} `,
    );
}

/** The transcript notes `withoutTranscriptNotes` takes out of a paragraph, as written ("(Applause.)"), in order. */
export function transcriptNotesIn(paragraph: string): string[] {
  if (!paragraph.includes('[') && !paragraph.includes('(')) return [];
  const notes: { at: number; note: string }[] = [];
  for (const pattern of [CUT_SHORT, BETWEEN_DASHES, BETWEEN_SENTENCES])
    for (const match of paragraph.matchAll(pattern))
      for (const note of match[0].matchAll(new RegExp(NOTE, 'gu')))
        notes.push({ at: match.index + note.index, note: note[0] });
  const seen = new Set<number>();
  return notes
    .sort((a, b) => a.at - b.at)
    .filter(({ at }) => !seen.has(at) && seen.add(at))
    .map(({ note }) => note);
}
