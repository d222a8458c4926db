import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { Library } from '../../src/index.js';
import { quotablePassages } from '../../src/search/catalog.js';
import { speakerCredits, SPEAKER_QUALITY } from '../../src/search/quoted-speakers.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';
import { NO_LEXICON } from '../../src/search/lexicon.js';
import { hitTexts } from '../helpers/content.js';

// A news story's "X," said Y. "Z." (from a new user's library, pass 15 #7).
const STORY = [
  'Twenty-three schools across the valley closed on Friday as temperatures passed 40C for the third day running.',
  'The education authority said classrooms in older buildings had reached 35C by mid-morning on Thursday.',
  '"We cannot ask children to learn in an oven," said Dr. Lena Fischer, the authority\'s director. "The buildings were designed for a climate we no longer have."',
  '"It will take years," she said.',
  'Parents scrambled to find childcare.',
];

function story(): Library {
  const front = [
    'title: Heatwave closes schools',
    'author: Sam Ortiz',
    'publication: Valley Gazette',
    'date: 2025-07-18',
  ];
  return Library.create([
    parseArticle('heatwave.md', `---\n${front.join('\n')}\n---\n\n${STORY.join('\n\n')}\n`),
  ]);
}

describe('a quoted sentence whose speaker the sentence before it names', () => {
  const library = story();

  it('given "fischer buildings", then her second sentence, which says "buildings", comes first', () => {
    expect(hitTexts(library, 'fischer buildings')[0]).toBe(
      '"The buildings were designed for a climate we no longer have."',
    );
  });

  it('given "what did fischer say about the climate?", then her sentence about the climate', () => {
    expect(hitTexts(library, 'what did fischer say about the climate?')[0]).toBe(
      '"The buildings were designed for a climate we no longer have."',
    );
  });

  it('given her name, then the sentences that quote her without naming her are credited it, and no other', () => {
    const index = SentenceIndex.build(quotablePassages(library.articles[0]!));
    const texts = index.passages.map((passage) => passage.text);
    const words = [{ label: 'Fischer', required: true, alternatives: [] }];
    const credited = speakerCredits(index, NO_LEXICON, words, { from: 0, to: index.passageCount });
    expect([...(credited?.keys() ?? [])].map((at) => texts[at])).toEqual([
      '"The buildings were designed for a climate we no longer have."',
      '"It will take years," she said.',
    ]);
    expect([...(credited?.values() ?? [])].map((qualities) => qualities[0])).toEqual([
      SPEAKER_QUALITY,
      SPEAKER_QUALITY,
    ]);
    // A word of no name ("buildings") credits nothing.
    const other = [{ label: 'children', required: true, alternatives: [] }];
    expect(speakerCredits(index, NO_LEXICON, other, { from: 0, to: index.passageCount })).toBeUndefined();
  });
});
