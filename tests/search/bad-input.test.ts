import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { seedLibrary, smallArticle } from '../helpers/content.js';

describe('search with bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \t\n '],
    ['only punctuation', '?!.,;:'],
    ['emoji', '🚀🔥'],
    ['control characters', '\u0000\u0007\u001b\u007f'],
  ])('given %s then it answers empty-query without hits', (_, query) => {
    const result = seedLibrary().search({ query });
    expect(result.status).toBe('empty-query');
    expect(result.hits).toEqual([]);
  });

  it('given 10,000 characters then it answers query-too-long', () => {
    const result = seedLibrary().search({ query: 'election '.repeat(1112).slice(0, 10_000) });
    expect(result.status).toBe('query-too-long');
  });

  it('given right-to-left text then it answers no-match without crashing', () => {
    expect(seedLibrary().search({ query: 'كوريا الشمالية' }).status).toBe('no-match');
    expect(seedLibrary().search({ query: 'קוריאה' }).status).toBe('no-match');
  });

  it.each([
    "'election",
    '!election',
    '^election',
    '=election',
    'election$',
    'election | sanctions',
    '(election)',
    '.*',
    'elect[io]n',
    'a\\b+',
  ])('given fuse.js operators or regex metacharacters %j then they are literal text', (query) => {
    expect(() => seedLibrary().search({ query })).not.toThrow();
  });

  it('given "!election" then the "!" is not a negation: the election sentences match', () => {
    expect(seedLibrary().search({ query: '!election' }).hits[0]?.passage.index).toBe(14);
  });

  it('given markdown and mentions then they are searched as words, not interpreted', () => {
    const result = seedLibrary().search({ query: '@everyone **election** <@123>' });
    expect(result.hits[0]?.passage.index).toBe(14);
  });

  it('given a mention beside a word then the word answers', () => {
    // "<@123456>" has a number, "@bob" a word: neither is looked for.
    for (const query of ['<@123456> election', '@bob election', 'election @here', '<#C1|general> election']) {
      const result = seedLibrary().search({ query });
      expect(result.hits[0]?.passage.index, query).toBe(14);
    }
    // An address is no mention: its words are looked for, and no sentence has them.
    expect(seedLibrary().search({ query: 'election@example.com' }).hits).toEqual([]);
  });

  it('given HTML tags pasted around words then the tags are markup, the words are searched', () => {
    const tagged = seedLibrary().search({ query: '<b>election</b>' }).hits[0]?.passage.text;
    expect(tagged).toBe(seedLibrary().search({ query: 'election' }).hits[0]?.passage.text);
    // A script pasted whole is code, no words; the words beside it are searched, as a Markdown link's words are.
    expect(seedLibrary().search({ query: '<script>alert(1)</script>' }).status).toBe('empty-query');
    for (const query of ['<script>alert(1)</script> election', '[election](https://evil.example/x)'])
      expect(seedLibrary().search({ query }).hits[0]?.passage.text).toBe(
        seedLibrary().search({ query: 'election' }).hits[0]?.passage.text,
      );
  });

  it('given an unknown article then it says so with no hits', () => {
    const result = seedLibrary().search({ query: 'election', slug: 'no-such-article' });
    expect(result.status).toBe('unknown-article');
    expect(result.hits).toEqual([]);
  });
});

describe('a query of small words only', () => {
  it('given small words the article says side by side then that sentence answers, and apart none', () => {
    const hits = seedLibrary().search({ query: 'of the', limit: 20 }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.passage.text).toMatch(/\bof the\b/i);
    for (const query of ['the and of', 'to be or not to be'])
      expect(seedLibrary().search({ query }), query).toMatchObject({ status: 'no-match', hits: [] });
  });
});

describe('did-you-mean for an author’s name', () => {
  const library = Library.create([
    smallArticle(
      'address',
      'Annual message',
      ['Slavery must end in every state of the Union.'],
      'Abraham Lincoln',
    ),
    smallArticle('banks', 'Bank holiday', ['The banks will open again on Monday.'], 'Franklin D. Roosevelt'),
  ]);

  it('given a misspelt author beside a word of theirs then the reply suggests the name, which finds it', () => {
    expect(library.search({ query: 'linclon slavery' }).suggestions).toEqual(['lincoln slavery']);
    expect(library.search({ query: 'roosvelt banks' }).suggestions).toEqual(['roosevelt banks']);
    expect(library.search({ query: 'lincoln slavery' }).hits[0]?.passage.text).toMatch(/^Slavery must end/);
  });

  it('given a word near no author then there is no such suggestion', () => {
    expect(library.search({ query: 'zzyzx slavery' }).suggestions).toEqual([]);
  });
});

describe('a typo taken for another word', () => {
  it('given a word nothing knows that a typo away finds a word, then the result says what the query was read as', () => {
    expect(seedLibrary().search({ query: 'sanctoins' }).respelled).toBe('sanctions');
    expect(seedLibrary().search({ query: 'nucelar test' }).respelled).toBe('nuclear test');
  });

  it('given a word found by its stem a typo away, then the result says so too', () => {
    // "lumières" (stem "lumier") is one letter from the stem of "lumbering" ("lumber"), the words three apart.
    const giant = Library.create([smallArticle('giant', 'Giant', ['It had become a lumbering giant.'])]);
    expect(giant.search({ query: 'lumières' }).hits).toHaveLength(1);
    expect(giant.search({ query: 'lumières' }).respelled).toBe('lumbering');
  });

  it('given words the library or the dictionary knows then nothing is respelled', () => {
    expect(seedLibrary().search({ query: 'sanctions' }).respelled).toBeUndefined();
    expect(seedLibrary().search({ query: 'economic embargo' }).respelled).toBeUndefined();
    // A word the glossary knows is no typo of a part of what it found: "wwii" is "World War II", not "ii".
    const war = Library.create([smallArticle('war', 'War', ['He flew planes in World War II.'])]);
    expect(war.search({ query: 'wwii planes' }).hits).toHaveLength(1);
    expect(war.search({ query: 'wwii planes' }).respelled).toBeUndefined();
  });
});
