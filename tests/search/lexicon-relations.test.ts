import { describe, expect, it } from 'vitest';
import { Library, parseArticle, TextLexicon, type Article } from '../../src/index.js';
import { inflectedForms, LEXICON_HEADER } from '../../src/search/lexicon.js';
import { phraseRelatives } from '../../src/search/lexicon-phrases.js';
import { bbcLibrary as bbc, firstBbcHit as first } from '../helpers/bbc.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A lexicon written for these tests, in the built file's format (lemma|spelling|derived|synonym|related|narrower). */
const small = new TextLexicon(
  bytes(
    [
      LEXICON_HEADER,
      'die|||decease,perish||drown,starve',
      'pass_away|||die,decease||drown',
      'writer||write|author||novelist,poet',
      'write|||||sign',
    ].join('\n') + '\n',
  ),
);

function article(slug: string, paragraphs: readonly string[]): Article {
  const front = [
    'title: "News of the week"',
    'author: "Jo Reporter"',
    'publication: Eastham News',
    'date: 2005-01-02',
  ].join('\n');
  return parseArticle(`${slug}.md`, `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

const library = Library.create(
  [
    article('books', [
      'Novelist Ann Hale, who has died at the age of 84, wrote about banks.',
      'The council signed a contract for new buses on Monday.',
      'A poet read from her first collection at the library.',
    ]),
    article('harbour', [
      'The harbour will close to cargo ships next spring.',
      'Fishermen passed the old pier.',
    ]),
  ],
  { lexicon: small },
);
const firstHit = (query: string): string | undefined => library.search({ query }).hits[0]?.passage.text;

describe('more specific words (narrower) in a small library', () => {
  it('given a general word the text never uses then a sentence with a more specific one answers', () => {
    expect(firstHit('writer')).toMatch(/Novelist|poet/);
  });

  it('given a word an inflection could hide then only the word itself brings more specific words', () => {
    // "writer" may be read as "write", whose more specific "sign" is no writer.
    expect(library.search({ query: 'writer' }).hits.map((hit) => hit.passage.text)).not.toContainEqual(
      expect.stringContaining('signed'),
    );
  });

  it('given a query that the library has literally then the literal sentence stays first', () => {
    expect(firstHit('poet')).toContain('A poet read');
  });

  it('given general words of which nothing here is a case then there is no hit', () => {
    const result = library.search({ query: 'writer of recipes' });
    expect(result.hits).toEqual([]);
  });
});

describe('phrases of the lexicon', () => {
  it('given "passed away" then the phrase brings its synonyms, in the form the text inflects them', () => {
    expect(firstHit('writer passed away')).toContain('Novelist Ann Hale, who has died');
  });

  it('given the phrase words apart then they are no phrase', () => {
    const related = phraseRelatives(
      ['passed', 'the', 'away'],
      [false, true, false],
      [false, false, false],
      small,
    ).related;
    expect(related.size).toBe(0);
  });

  it('given an inflected phrase then its dictionary form is found, for its content words only', () => {
    const related = phraseRelatives(
      ['writer', 'passed', 'away'],
      [false, false, true],
      [false, false, false],
      small,
    ).related;
    expect([...related.keys()]).toEqual([1]);
    expect(related.get(1)).toContainEqual({ word: 'die', kind: 'synonym' });
  });

  it('given a phrase of names then it is not read as a phrase of the lexicon', () => {
    const related = phraseRelatives(['passed', 'away'], [false, false], [true, true], small).related;
    expect(related.size).toBe(0);
  });

  it('given a dictionary form then its regular inflections are known', () => {
    expect(inflectedForms('die')).toEqual(expect.arrayContaining(['died', 'dies', 'dying']));
    expect(inflectedForms('subsidy')).toEqual(expect.arrayContaining(['subsidies', 'subsidied']));
  });
});

describe('the WordNet lexicon built by npm run build: narrower words and phrases', () => {
  it.each([
    ['writer', 'novelist', 'narrower'],
    ['film', 'documentary', 'narrower'],
    ['buyout', 'takeover', 'narrower'],
    ['pass_away', 'die', 'synonym'],
    ['car_maker', 'automaker', 'synonym'],
  ])('given %j then it knows %j as %s', (word, other, kind) => {
    expect(wordnetLexicon().related(word)).toContainEqual({ word: other, kind });
  });

  it('given a general word then its more specific words are those commonly used in that meaning', () => {
    const narrower = wordnetLexicon()
      .related('writer')
      .filter((relative) => relative.kind === 'narrower')
      .map((relative) => relative.word);
    // Ordered by how often each was tagged in that meaning: the common ones lead, rare ones trail or drop.
    expect(narrower.slice(0, 5)).toEqual(expect.arrayContaining(['novelist', 'poet', 'journalist']));
  });
});

describe('search over real news articles (BBC dev set) with narrower words and phrases', () => {
  it('given a general word and a phrase then the sentence with a specific word and the synonym answers', () => {
    expect(first('writer passed away')).toContain('Novelist Arthur Hailey, who has died');
  });

  it.each(['poet swimming with dolphins', 'person walking a dog'])(
    'given %j, general words of which no article tells a case, then there is no hit',
    (query) => {
      expect(bbc().search({ query }).hits).toEqual([]);
    },
  );
});

describe('nouns of a quality in "-acy" (a regular derivation WordNet seldom links)', () => {
  const derived = (word: string): string[] =>
    wordnetLexicon()
      .related(word)
      .filter((relative) => relative.kind === 'derivation')
      .map((relative) => relative.word);

  it('given an adjective in "-ate" then its noun in "-acy" is a derived form of it, both ways', () => {
    expect(derived('literate')).toContain('literacy');
    expect(derived('illiteracy')).toContain('illiterate');
    expect(derived('privacy')).toContain('private');
    expect(derived('accurate')).toContain('accuracy');
  });

  it('given a noun in "-ate" then a noun in "-acy" is not its quality ("primate", "primacy")', () => {
    expect(derived('primate')).not.toContain('primacy');
    expect(derived('primacy')).not.toContain('primate');
  });
});

describe('the WordNet lexicon built by npm run build: links its first senses leave out', () => {
  it('given the built lexicon then a noun defined as others "collectively" has them, and an adjective its one-way synonym back', () => {
    const lexicon = wordnetLexicon();
    // "troops": "soldiers collectively", though "soldier" is in over a hundred definitions.
    expect(lexicon.related('troops').map(({ word }) => word)).toContain('soldier');
    // "additional" is "extra" in its one sense, which is the third of "extra": distant the other way.
    expect(lexicon.related('extra')).toContainEqual({ word: 'additional', kind: 'distant' });
  });
});
