import { describe, expect, it } from 'vitest';
import { Library, parseArticle, TextLexicon, type Article } from '../../src/index.js';
import { LEXICON_HEADER } from '../../src/search/lexicon.js';
import { bbcLibrary as bbc, firstBbcHit as first } from '../helpers/bbc.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/**
 * A lexicon written for these tests
 * (lemma|spelling|derived|synonym|related|narrower|defining|lemmas|inflections|broader).
 */
const small = new TextLexicon(
  new TextEncoder().encode(
    [
      LEXICON_HEADER,
      'employment||employ|work|||job,occupation',
      'rain||||||cloud,drop',
      'war||||||enemy|||conflict',
    ].join('\n') + '\n',
  ),
);

function article(slug: string, paragraphs: readonly string[]): Article {
  const front = [
    'title: "Town news"',
    'author: "Jo Reporter"',
    'publication: Eastham News',
    'date: 2005-01-02',
  ];
  return parseArticle(`${slug}.md`, `---\n${front.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

const library = Library.create(
  [
    article('work', [
      'Factories in the north added 200 jobs last month.',
      'The harbour in the north will close to cargo ships.',
    ]),
    article('weather', ['Dark clouds gathered over the south coast.', 'Employment in the south fell again.']),
    article('council', ['The council ended its conflict with the union.', 'The enemy of progress is delay.']),
  ],
  { lexicon: small },
);
const hits = (query: string): string[] => library.search({ query }).hits.map((hit) => hit.passage.text);

describe('nouns of a word’s definition (defining) in a small library', () => {
  it('given a word the text never uses beside one it does then the noun of its definition answers', () => {
    expect(hits('employment north')[0]).toContain('added 200 jobs');
  });

  it('given only a word whose definition a text uses then that link alone answers nothing', () => {
    expect(hits('rain')).toEqual([]);
  });

  it('given only a word whose more general word its definition names too then that link answers alone', () => {
    // "enemy", only a noun of the definition, answers nothing alone.
    expect(hits('war')).toEqual(['The council ended its conflict with the union.']);
  });

  it('given a word the library has literally then the literal sentence comes first', () => {
    expect(hits('employment')[0]).toContain('Employment in the south');
    expect(hits('south employment')[0]).toContain('Employment in the south');
  });
});

describe('the WordNet lexicon built by npm run build: nouns of definitions', () => {
  it.each([
    ['unemployment', 'job'],
    ['drought', 'rainfall'],
    ['rain', 'cloud'],
  ])('given %j then it knows %j as defining', (word, other) => {
    expect(wordnetLexicon().related(word)).toContainEqual({ word: other, kind: 'defining' });
  });

  it.each([
    ['war', 'conflict'],
    ['employment', 'job'],
    ['surgeon', 'physician'],
  ])('given %j then it knows %j, a more general word its definition names, as broader', (word, other) => {
    expect(wordnetLexicon().related(word)).toContainEqual({ word: other, kind: 'broader' });
  });

  it('given a more general word its definition does not name then it is no link ("war" is no mere "action")', () => {
    const words = wordnetLexicon()
      .related('war')
      .map((relative) => relative.word);
    expect(words).not.toContain('action');
  });

  it('given a noun many definitions use that WordNet also gives as a part of the sense then it links ("stock": share)', () => {
    // "the capital raised by a corporation through the issue of shares…"; "share" is in hundreds of definitions.
    expect(wordnetLexicon().related('stock')).toContainEqual({ word: 'share', kind: 'defining' });
  });

  it.each([
    ['chicago', ['illinois', 'shoreline', 'mile']],
    ['lincoln', ['slave', 'booth']],
  ])(
    'given a name (%j) then the nouns of its definition (%j) are no relatives: a text about them is not about it',
    (name, others) => {
      const words = wordnetLexicon()
        .related(name)
        .map((relative) => relative.word);
      for (const other of others) expect(words).not.toContain(other);
    },
  );

  it('given a definition of common words then a noun many definitions use is no link', () => {
    // "a professional person authorized to practice law…": "person" is in thousands of definitions.
    const words = wordnetLexicon()
      .related('lawyer')
      .map((relative) => relative.word);
    expect(words).not.toContain('person');
  });
});

describe('search over real news articles (BBC dev set) with nouns of definitions', () => {
  it('given "employment", which the sentence says as jobs, then it answers with the other words', () => {
    expect(first('bush employment record')).toContain('The job gains mean that President Bush');
  });

  it('given "stock" where the article says shares then it helps the query\'s other words find them', () => {
    expect(first('allied domecq stock climbed on takeover rumours')).toContain(
      'Shares in UK drinks and food firm',
    );
    expect(first('cigarette company stock rose after court decision')).toContain(
      'Shares of tobacco companies closed higher after the ruling',
    );
  });

  it.each(['employment of dolphins', 'rain over the parliament'])(
    'given %j, of which no article tells, then there is no hit',
    (query) => {
      expect(bbc().search({ query }).hits).toEqual([]);
    },
  );
});
