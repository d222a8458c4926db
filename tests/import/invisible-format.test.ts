import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { extractArticle } from '../../src/import/extract.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { Library, summarize } from '../../src/index.js';
import { withoutInvisibleFormat } from '../../src/text/invisible-format.js';

const SHY = '\u00ad';

// A news report pasted from a web page (pass 16, #9): CRLF line ends, a soft hyphen inside a word.
const PASTED = [
  'Island ferry cancelled for a week as engine fails',
  '',
  'By Ruth Evans',
  '',
  'The island ferry will not sail for at least a week after its main engine failed on Monday.',
  '',
  `The operator said a re${SHY}placement part was being flown in from Rotterdam.`,
  '',
  'Until then, a fishing boat will carry prescriptions to the island twice a day.',
].join('\r\n');

function imported(text: string) {
  const extracted = extractArticle({ source: 'ferry.txt', text, format: 'text' });
  if (!extracted.ok) throw new Error('not extracted');
  const file = prepareContentFile('ferry.txt', extracted.value, {
    overrides: { publication: 'Millbrook Gazette', date: '2025-03-12' },
  });
  if (!file.ok) throw new Error('not prepared');
  return file.value;
}

describe('invisible format characters in an imported text', () => {
  it('given a soft hyphen inside a word, then the content file has the word whole and search finds it', () => {
    const file = imported(PASTED);
    expect(file.markdown).not.toContain(SHY);
    expect(file.markdown).toContain('a replacement part');
    const hits = Library.create([file.article]).search({ query: 'replacement part' }).hits;
    expect(hits[0]?.passage.text).toBe(
      'The operator said a replacement part was being flown in from Rotterdam.',
    );
    const said = summarize(file.article, { sentences: 3 }).sentences.map((sentence) => sentence.text);
    expect(said).toContain('The operator said a replacement part was being flown in from Rotterdam.');
  });

  it('given a soft hyphen at a line’s end, a word joiner and a zero-width no-break space, then they go and the word is whole', () => {
    const text = PASTED.replace(`re${SHY}placement`, `re${SHY}\r\nplacement`)
      .replace('fishing boat', 'fishing\u2060boat')
      .replace('Until then', 'Un\ufefftil then');
    const file = imported(text);
    expect(file.markdown).toContain('a replacement part');
    expect(file.markdown).toContain('Until then, a fishingboat');
    expect(file.markdown).not.toMatch(/[\u00ad\u2060\ufeff]/);
  });

  it('given a zero-width joiner in an emoji or a Persian word, and direction marks, then they stay', () => {
    const kept =
      'The \u{1f469}\u200d\u{1f52c} said \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u200fto her.';
    expect(withoutInvisibleFormat(kept)).toBe(kept);
  });
});

describe('invisible format characters in a content file', () => {
  it('given a soft hyphen in the title and the body of a file written before the import dropped it, then the article has none', () => {
    const article = parseArticle(
      'ferry.md',
      `---\ntitle: Ferry re${SHY}placement\nauthor: Ruth Evans\npublication: Gazette\ndate: 2025-03-12\n---\n\nThe operator said a re${SHY}placement part was being flown in.\n`,
    );
    expect(article.meta.title).toBe('Ferry replacement');
    expect(article.body).toBe('The operator said a replacement part was being flown in.');
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'The operator said a replacement part was being flown in.',
    ]);
    expect(Library.create([article]).search({ query: 'replacement' }).hits).toHaveLength(1);
  });
});
