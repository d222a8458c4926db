/**
 * Who speaks a line of a story's dialogue when its tag is a pronoun: `"…," returned she`, `"Wedlock suits you,"
 * he remarked`, `he … coldly said: "She is tolerable…"`, `"My dear Holmes," said I`. A novel tags most lines so,
 * with any verb of saying, and names the speaker only paragraphs before; a wrong name is worse than none.
 */
import type { Lexicon } from '../search/lexicon.js';
import { personsNamedIn } from './described-speaker.js';
import { genderOf, type Gender } from './name-gender.js';
import { NAME, NOT_A_NAME, SAYING } from './speaker-names.js';

/**
 * The verb of a dialogue tag: one a report uses (`SAYING`), or any verb in the past with "-ed" in the place a
 * tag puts it, right after the closing mark and before or after its speaker ("returned", "cried", "remarked",
 * "answered", "observed", "exclaimed"): what a story's tag holds there is a verb of saying, whichever.
 */
export const TAG_VERB = String.raw`(?:${SAYING}|\p{Ll}{2,}ed)`;
/** A tag after the words it closes: `," returned she`, `!" said I`. */
const VERB_PRONOUN = new RegExp(String.raw`[,!?…—-]["”’]\s+${TAG_VERB}\s+(he|she|I)\b`, 'u');
/** A tag with the pronoun first: `," he remarked`, `," I timidly explained`. */
const PRONOUN_VERB = new RegExp(String.raw`[,!?…—-]["”’]\s+(he|she|I)\s+(?:\p{Ll}+ly\s+)?${TAG_VERB}\b`, 'u');
/** A clause that leads into the words: `he withdrew his own and coldly said: "She is…`. */
const PRONOUN_LEADS = new RegExp(
  String.raw`(?<![\p{L}'’])(he|she|He|She|I)(?![\p{L}'’])[^."“”;!?]{0,120}?\s${TAG_VERB}\s*[:,]\s*["“]`,
  'u',
);
/** The pronoun that tags a line of dialogue, and whether after its verb, as a story puts it ("said he"). */
export interface PronounTag {
  readonly pronoun: 'he' | 'she' | 'I';
  readonly inverted: boolean;
}

/** The pronoun a sentence's dialogue tag is (see `PronounTag`); undefined when its tag names or has none. */
export function pronounTag(text: string): PronounTag | undefined {
  const inverted = VERB_PRONOUN.exec(text);
  const found = inverted ?? PRONOUN_VERB.exec(text) ?? PRONOUN_LEADS.exec(text);
  if (found === null) return undefined;
  const pronoun = found[1] === 'I' ? 'I' : found[1]!.toLowerCase() === 'he' ? 'he' : 'she';
  return { pronoun, inverted: inverted !== null };
}

/** Words in double quotation marks: a line's words, not its narration. */
const QUOTED = /["“„«]([^"“”„«»]*)["”“»]?/gu;
const VOCATIVE = new RegExp(
  String.raw`(?:^|[,;!?—]\s*|\b(?:[Dd]ear|[Cc]ome|[Oo]h|[Yy]es|[Nn]o)\s+|,\s*)(${NAME})(?=\s*[,!?.—]|$)`,
  'gu',
);

/** The ones a line's words call by name: "Come, Darcy," "My dear Holmes," "I think, Watson, that…". */
export function addressedIn(text: string): string[] {
  return [...text.matchAll(QUOTED)].flatMap((quote) =>
    [...(quote[1] ?? '').matchAll(VOCATIVE)].map((found) => found[1]!.replace(/[.]$/, '')),
  );
}

/**
 * Whom a pronoun tag (`PronounTag`) credits in `sentence`, reading back through `earlier` (the sentences before
 * it, nearest last: this paragraph's, then a few paragraphs before): the nearest person who takes part, as the
 * one a tag names (`speakerOf`), one a line calls by name, or a person the narration names, whose gender does
 * not differ from the pronoun's (`genderOf`: "he" is not Elizabeth), and who is not the one this line calls by
 * name ("Come, Darcy," said he: not Darcy). Undefined when there is none: no credit rather than a wrong one.
 */
export function pronounSpeakerIn(
  sentence: string,
  pronoun: 'he' | 'she',
  earlier: readonly string[],
  article: readonly string[],
  lexicon: Lexicon,
  speakerOf: (text: string) => string | undefined,
): string | undefined {
  const addressed = new Set(addressedIn(sentence).map(lastWord));
  const wanted: Gender = pronoun === 'he' ? 'man' : 'woman';
  const own = sentence.replace(QUOTED, '…');
  const before = own.slice(0, Math.max(0, own.search(/\b(?:he|she|He|She)\b/u)));
  const known = knownPersons(article, lexicon, speakerOf);
  const isKnown = (name: string): boolean => known.some((person) => lastWord(person) === lastWord(name));
  const narrations = narrationsOf(earlier);
  const lines = [...earlier, sentence];
  for (let at = earlier.length; at >= 0; at--) {
    const text = lines[at]!;
    const narration = at === earlier.length ? before : narrations[at]!;
    const named = [
      ...positioned(narration, personsNamedIn([narration], article, lexicon)),
      ...positioned(
        narration,
        known.filter((person) => narration.includes(lastWord(person))),
      ),
      ...gendered(narration, article),
    ]
      .sort((a, b) => a.at - b.at)
      .map((each) => each.name);
    const tagged = speakerOf(narration);
    const candidates = [
      ...named.reverse(),
      ...(tagged === undefined ? [] : [tagged]),
      ...addressedIn(text).filter(isKnown).reverse(),
    ];
    for (const name of candidates) {
      if (NOT_A_NAME.test(lastWord(name)) || addressed.has(lastWord(name))) continue;
      const gender = genderOf(name, article);
      if (gender === undefined || gender === wanted) return name;
    }
  }
  return undefined;
}

/** Per article (its sentences joined), the people it names as persons or as speakers: few articles at a time. */
const knownIn = new Map<string, readonly string[]>();
const KNOWN_KEPT = 16;

/**
 * The people an article names (`personsNamedIn`: with a title, or a noun for a person) or tags as speaking
 * ("said Holmes"): a story names its hero by a bare surname, and a tag elsewhere says it is a person's.
 */
function knownPersons(
  article: readonly string[],
  lexicon: Lexicon,
  speakerOf: (text: string) => string | undefined,
): readonly string[] {
  const key = article.join('\n');
  const cached = knownIn.get(key);
  if (cached !== undefined) return cached;
  const narration = article.map((text) => text.replace(QUOTED, '…'));
  const speakers = article
    .map((text) => speakerOf(text))
    .filter(
      (name): name is string =>
        name !== undefined && /^\p{Lu}/u.test(name) && !NOT_A_NAME.test(name.replace(/\.$/, '')),
    );
  const known = [...new Set([...personsNamedIn(narration, article, lexicon), ...speakers])];
  if (knownIn.size >= KNOWN_KEPT) knownIn.delete(knownIn.keys().next().value!);
  knownIn.set(key, known);
  return known;
}

/** Double quotation marks, straight and curly, and guillemets. */
const MARK = /["“”„«»]/u;
const OPENS = /^["“„«]/u;

/**
 * Each sentence's narration, its quoted words left out (as "…"), read in order: a quotation goes on past a
 * sentence's end ("I dare say Mr. Bingley will…" is still a line), and one that opens a sentence starts afresh.
 */
function narrationsOf(sentences: readonly string[]): string[] {
  let inside = false;
  return sentences.map((text) => {
    if (OPENS.test(text)) inside = false;
    let narration = '';
    let quoted = '';
    for (const char of text) {
      if (!MARK.test(char)) {
        if (inside) quoted += char;
        else narration += char;
        continue;
      }
      // The words left out, their closing punctuation kept, as a tag reads them: `"…," said Holmes`.
      if (inside) narration += `…${/[,.!?]*$/u.exec(quoted.trimEnd())![0]}`;
      narration += char;
      quoted = '';
      inside = !inside;
    }
    return narration;
  });
}

const NAMES = new RegExp(NAME, 'gu');

/** Names in `narration` the text gives a gender (`genderOf`): a person's, not a place's ("Carrow"). */
function gendered(
  narration: string,
  article: readonly string[],
): { readonly name: string; readonly at: number }[] {
  return [...narration.matchAll(NAMES)]
    .map((found) => ({ name: found[0].replace(/[.]$/, ''), at: found.index }))
    .filter(({ name }) => !NOT_A_NAME.test(name.split(/\s+/)[0]!) && genderOf(name, article) !== undefined);
}

function positioned(
  text: string,
  names: readonly string[],
): { readonly name: string; readonly at: number }[] {
  return names.map((name) => ({ name, at: text.lastIndexOf(lastWord(name)) })).filter((each) => each.at >= 0);
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1)!.replace(/[.]$/, '');
}

/** How a first-person narrator names themselves: "Call me Ishmael.", "So, I called myself Pip", "My name is Ann". */
const NARRATOR_NAMED =
  /(?:\b[Cc]all me|\bI called myself|\b[Mm]y name (?:is|was)|\bI was called)\s+(\p{Lu}\p{Ll}+)\b/u;

/**
 * The narrator's name, when the narration (not a line of dialogue) gives it: "Call me Ishmael." Undefined when
 * it does not: the words of a narrator without a name are, as the narration is, the writer's.
 */
export function narratorIn(article: readonly string[]): string | undefined {
  for (const text of article) {
    const found = NARRATOR_NAMED.exec(text.replace(QUOTED, '…'));
    if (found !== null) return found[1];
  }
  return undefined;
}
