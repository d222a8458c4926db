import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { segmentSentences } from '../../src/text/segment.js';
import { seedArticle } from '../helpers/content.js';

const texts = (input: string): string[] => segmentSentences(input).map((sentence) => sentence.text);

describe('segmentSentences', () => {
  it('given the seed article then it finds exactly 16 body sentences in 5 paragraphs', () => {
    const article = seedArticle();
    expect(article.paragraphs).toHaveLength(5);
    expect(article.sentences).toHaveLength(16);
    expect(article.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4]);
  });

  it('given abbreviations, codes, curly quotes and dashes inside sentences then none of them is a boundary', () => {
    const article = seedArticle();
    const joined = article.sentences.map((s) => s.text);
    expect(joined.find((s) => s.includes('year of U.S. presidential elections'))).toMatch(/^The question remains/);
    expect(joined.find((s) => s.includes('Kim Jong-un essentially'))).toMatch(/\(charip\)/);
    expect(joined.find((s) => s.includes('KN-23'))).toMatch(/Pukguksong-3\)\.$/);
    expect(joined.find((s) => s.includes('failed entirely—and'))).toMatch(/exploited\.$/);
    expect(joined.at(-1)).toMatch(/“muddling through\.”$/);
  });

  it('given a separator between two sentences on one line, then it is part of neither', () => {
    expect(
      texts('Story time is free and no booking is needed. / La hora del cuento es gratuita y no hace falta reservar.'),
    ).toEqual(['Story time is free and no booking is needed.', 'La hora del cuento es gratuita y no hace falta reservar.']);
    expect(texts('Open daily. | Abierto todos los días. | Ouvert tous les jours.')).toEqual([
      'Open daily.',
      'Abierto todos los días.',
      'Ouvert tous les jours.',
    ]);
    expect(texts('Read it. /')).toEqual(['Read it.']);
    // Inside a sentence, or with no space after it, a slash is the sentence's own.
    expect(texts('We met at 10 a.m. / 11 a.m. in winter.')).toEqual(['We met at 10 a.m. / 11 a.m. in winter.']);
    expect(texts('Free entry / Entrada gratuita')).toEqual(['Free entry / Entrada gratuita']);
    const span = segmentSentences('It is free. / Es gratis.')[1]!;
    expect('It is free. / Es gratis.'.slice(span.start, span.end)).toBe('Es gratis.');
  });

  it('given each sentence then its offsets point at its text in the body and its id is slug#n', () => {
    const article = seedArticle();
    for (const [n, sentence] of article.sentences.entries()) {
      expect(article.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.id).toBe(`${article.slug}#${n}`);
    }
  });

  it('given titles, initials and month abbreviations then the sentence goes on', () => {
    expect(texts('Mr. Smith met Dr. J. R. Jones on Dec. 5 in Paris. They talked.')).toEqual([
      'Mr. Smith met Dr. J. R. Jones on Dec. 5 in Paris.',
      'They talked.',
    ]);
    expect(texts('Maj. Gen. Ray Cole flew to Ft. Worth. He landed.')).toEqual([
      'Maj. Gen. Ray Cole flew to Ft. Worth.',
      'He landed.',
    ]);
  });

  it('given a sentence ending in "U.S." then the next sentence starts after it', () => {
    expect(texts('He lives in the U.S. They moved there in 2001. The U.S. Congress agreed.')).toEqual([
      'He lives in the U.S.',
      'They moved there in 2001.',
      'The U.S. Congress agreed.',
    ]);
  });

  it('given a full stop inside closing quotes then the sentence ends after the quote', () => {
    expect(texts('He said “Go home.” Then he left. She said, "It is done." He agreed.')).toEqual([
      'He said “Go home.”',
      'Then he left.',
      'She said, "It is done."',
      'He agreed.',
    ]);
  });

  it('given decimals, question marks and exclamations then they split only where sentences end', () => {
    expect(texts('Prices rose 3.5 percent. Why? Because! Fine.')).toEqual([
      'Prices rose 3.5 percent.',
      'Why?',
      'Because!',
      'Fine.',
    ]);
  });

  it('given a question or exclamation mark before a small letter, or a quotation and who said it, then the sentence goes on', () => {
    expect(texts('"Is it over?" she asked. Nobody answered.')).toEqual([
      '"Is it over?" she asked.',
      'Nobody answered.',
    ]);
    expect(texts('"I had not flown for nine years..." Hailey later recalled. He wrote more.')).toEqual([
      '"I had not flown for nine years..." Hailey later recalled.',
      'He wrote more.',
    ]);
    expect(texts('"We won." The team went home.')).toEqual(['"We won."', 'The team went home.']);
    expect(texts('The ? operator returns early. Use ? when the caller knows best.')).toEqual([
      'The ? operator returns early.',
      'Use ? when the caller knows best.',
    ]);
  });

  it('given sentences run together with no space after the full stop then each is a sentence of its own', () => {
    const text = 'It was a disaster.Here we go again.“It will not last,” he said.He said "no."Then Mrs.Smith left.';
    const spans = segmentSentences(text);
    expect(spans.map((span) => span.text)).toEqual([
      'It was a disaster.',
      'Here we go again.',
      '“It will not last,” he said.',
      'He said "no."',
      'Then Mrs.Smith left.',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(texts('See bbc.co.uk for more, or ASP.NET and the U.S.A. today.')).toHaveLength(1);
  });

  it('given a sentence too long to quote, a list run together with semicolons, then each clause is a sentence', () => {
    const clauses = [
      'Clear progress has been made in solving the energy problems we found four years ago when we took office;',
      'confidence in the integrity of the government has been restored across the country and in every state;',
      'the supply shortages of several years ago have been eliminated by new production at home and abroad;',
      'exploratory drilling activities have reached an all-time high in every region of the country this year;',
      'and the windfall profits tax now funds programs for the poor, for transit and for new sources of energy.',
    ];
    const text = `  ${clauses.join(' ')}`;
    const spans = segmentSentences(text);
    expect(spans.map((span) => span.text)).toEqual(clauses);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('given a list pasted without its line breaks, a dash before each item, then the words before it and each item are sentences', () => {
    const items = [
      'As a result of the new harbour plan and the laws passed with it, the council has:',
      '-Created the post of harbour master for the old port and its fishing fleet, to lead the work on the quays.',
      '-Set up a working group of boat owners, traders and residents to help carry out the plan in full.',
      '-Worked with the three towns along the estuary to form a joint board that will share the costs of dredging.',
      '-Asked the working group to review every year the money spent on the harbour and whether it meets the needs.',
    ];
    const text = items.join(' ');
    expect(text.length).toBeGreaterThan(500);
    const spans = segmentSentences(text);
    expect(spans.map((span) => span.text)).toEqual(items);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    const short = 'The plan has two parts: -Dredging and new quays. -A market hall.';
    expect(texts(short)).toEqual([short]);
  });

  it('given a semicolon in a sentence of ordinary length, or a clause too short to stand alone, then no cut', () => {
    const short = 'Prices rose; wages did not.';
    expect(texts(short)).toEqual([short]);
    const long = `${'The council met again on Tuesday, and then again on Wednesday, to discuss the harbour plans, '.repeat(6)}as ever; it ended.`;
    expect(texts(long)).toEqual([long]);
  });
});

describe('a heading run into the sentence after it', () => {
  it('given a heading in capitals before a sentence then the heading is a sentence of its own, then a heading', () => {
    const input = 'THE FAR EAST The political disturbances in China went on. IMMIGRATION There is need for revision.';
    expect(texts(input)).toEqual([
      'THE FAR EAST',
      'The political disturbances in China went on.',
      'IMMIGRATION',
      'There is need for revision.',
    ]);
    for (const span of segmentSentences(input)) expect(input.slice(span.start, span.end)).toBe(span.text);
    const article = parseArticle('x.md', `---\ntitle: T\nauthor: A\npublication: P\ndate: 2021-02-03\n---\n\n${input}\n`);
    expect(article.sentences.map((s) => s.heading)).toEqual([true, undefined, true, undefined]);
  });

  it.each([
    ['ATOMIC ENERGY The United States has taken the lead.', 'ATOMIC ENERGY', 'The United States has taken the lead.'],
    ['CIVIL RIGHTS But America stands for progress.', 'CIVIL RIGHTS', 'But America stands for progress.'],
    ['AGRICULTURE AND RESOURCES A strong America depends on its farms.', 'AGRICULTURE AND RESOURCES', 'A strong America depends on its farms.'],
    ['I. STRENGTHENING THE ECONOMY That task must begin at home.', 'I. STRENGTHENING THE ECONOMY', 'That task must begin at home.'],
  ])('given %j, a heading before a sentence that opens with a name, "A" or after a numeral, then it is a heading', (input, heading, sentence) => {
    expect(texts(`We met. ${input}`)).toEqual(['We met.', heading, sentence]);
  });

  it('given a salutation in capitals before a colon then it is a heading of its own ("GENTLEMEN OF THE CONGRESS:")', () => {
    expect(texts('GENTLEMEN OF THE CONGRESS: The year that has elapsed was one of critical importance.')).toEqual([
      'GENTLEMEN OF THE CONGRESS:',
      'The year that has elapsed was one of critical importance.',
    ]);
    expect(texts('NASA: The agency said so.')).toEqual(['NASA: The agency said so.']);
  });

  it('given a text that opens with whom it addresses before a colon then that salutation is a heading of its own', () => {
    const opening = (input: string): [string, boolean][] =>
      segmentSentences(input, { opening: true }).map((span) => [span.text, span.heading === true]);
    expect(
      opening('Fellow-Citizens of the Senate and House of Representatives: Notwithstanding the early day, I met you.'),
    ).toEqual([
      ['Fellow-Citizens of the Senate and House of Representatives:', true],
      ['Notwithstanding the early day, I met you.', false],
    ]);
    expect(
      opening('Thank you all. Mr. Speaker, Mr. Vice President, Members of Congress, my fellow Americans: Tonight we meet.'),
    ).toEqual([
      ['Thank you all.', false],
      ['Mr. Speaker, Mr. Vice President, Members of Congress, my fellow Americans:', true],
      ['Tonight we meet.', false],
    ]);
    // A clause before the colon, one capital only, or a paragraph other than the first: a sentence.
    for (const sentence of [
      'The President said to Congress: Taxes will fall.',
      'Analysts warned: Growth will slow.',
      'We have one aim in Europe: Peace.',
    ])
      expect(opening(sentence)).toEqual([[sentence, false]]);
    expect(texts('Members of the Congress: The year was hard.')).toEqual(['Members of the Congress: The year was hard.']);
  });

  it('given an acronym or a short name in capitals before a sentence then it is the sentence', () => {
    expect(texts('US President George Bush spoke. NATO Secretary General Jaap de Hoop Scheffer agreed.')).toEqual([
      'US President George Bush spoke.',
      'NATO Secretary General Jaap de Hoop Scheffer agreed.',
    ]);
  });
});

describe("a transcript's note of what the audience did", () => {
  const sentencesOf = (input: string) =>
    parseArticle('x.md', `---\ntitle: T\nauthor: A\npublication: P\ndate: 2021-02-03\n---\n\n${input}\n`);

  it('given "[Laughter]" run into a sentence, or "[Applause]" alone, then neither is a sentence nor in one', () => {
    const article = sentencesOf('It is an election season. [Laughter] Now, I understand the stakes. We will win. [Applause]');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'It is an election season.',
      'Now, I understand the stakes.',
      'We will win.',
    ]);
    expect(article.sentences.filter((s) => s.heading)).toEqual([]);
  });

  it('given a note glued to the sentence after it, then that sentence starts where the note was, without it', () => {
    const article = sentencesOf(
      'We had the ability to negotiate. [Laughter]To launch our rebuilding, I ask for a bill.[Applause]At our meeting, I asked them.',
    );
    expect(article.sentences.map((s) => s.text)).toEqual([
      'We had the ability to negotiate.',
      'To launch our rebuilding, I ask for a bill.',
      'At our meeting, I asked them.',
    ]);
    for (const sentence of article.sentences) expect(article.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('given a note between dashes or cutting a sentence short, then the sentence reads without it', () => {
    const article = sentencesOf(
      "Let's try common sense--[Laughter]--a novel concept. I know there are differences -- [laughter] -- about the " +
        'effect. First Lady—(applause)—I’m her husband. She has long said—(applause). (Applause.) We guarantee it.',
    );
    expect(article.sentences.map((s) => s.text)).toEqual([
      "Let's try common sense--a novel concept.",
      'I know there are differences -- about the effect.',
      'First Lady—I’m her husband.',
      'She has long said.',
      'We guarantee it.',
    ]);
  });

  it("given words in brackets that are an editor's, among the words or opening a sentence, then they stay", () => {
    const text =
      'Governor Gardner [Washington] and Governor Clinton [Arkansas] came. [It] is foremost among the nations. ' +
      'It was provided in the [missing text]. The eighth (Georgia) held an election.';
    expect(sentencesOf(text).sentences.map((s) => s.text)).toEqual([
      'Governor Gardner [Washington] and Governor Clinton [Arkansas] came.',
      '[It] is foremost among the nations.',
      'It was provided in the [missing text].',
      'The eighth (Georgia) held an election.',
    ]);
  });

  it('given a section numeral before a sentence, then it is a heading of its own; "I." only where a "II." follows', () => {
    expect(texts('I. America has enjoyed 22 months of recovery. II. Tax reduction alone is not enough.')).toEqual([
      'I.',
      'America has enjoyed 22 months of recovery.',
      'II.',
      'Tax reduction alone is not enough.',
    ]);
    expect(texts('I. M. Pei designed it.')).toEqual(['I. M. Pei designed it.']);
  });

  it('given words in brackets within a sentence, then they are part of it', () => {
    expect(texts('See the States [the States] above. It works.')).toEqual(['See the States [the States] above.', 'It works.']);
  });
});

describe('tokenize', () => {
  it('given words that are names of Object.prototype members then they get no number alias', async () => {
    const { tokenize } = await import('../../src/text/tokenize.js');
    const terms = tokenize('The constructor said toString and hasOwnProperty, then seventy-fifth.').map((t) => t.term);
    expect(terms).toContain('constructor');
    expect(terms).toContain('75th');
    expect(terms.every((term) => /^[a-z0-9]+$/.test(term))).toBe(true);
  });

  it('given the same words again then they fold, stem and alias the same, wherever they stand', async () => {
    const { tokenize } = await import('../../src/text/tokenize.js');
    const text = 'Biegun’s U.S. trip: Seventy-five missiles, three tests. Biegun’s U.S. trip: three tests!';
    const tokens = tokenize(text);
    const view = (from: number, to: number) =>
      tokens
        .filter((token) => token.start >= from && token.end <= to)
        .map(({ term, stem, alias, end, start }) => [term, stem, alias, end - start]);
    const second = text.indexOf('Biegun’s', 1);
    expect(view(0, 22)).toEqual(view(second, second + 22));
    expect(tokens.filter((token) => token.term === 'biegun')).toHaveLength(2);
    expect(tokens.find((token) => token.term === 'u.s' || token.term === 'us')?.stem).toMatch(/\.$/);
    expect(tokens.filter((token) => token.term === '3' && token.alias)).toHaveLength(2);
    expect(tokens.filter((token) => token.term === '75' && token.alias)).toHaveLength(1);
  });
});

describe('scripts with no capitals, and scripts with no spaces', () => {
  const body = (text: string): string =>
    `---\ntitle: T\nauthor: A\npublication: P\ndate: 2021-02-03\n---\n\n${text}\n`;

  it('given short Arabic or Chinese sentences then none of them is a heading', () => {
    const arabic = parseArticle(
      'ar.md',
      body(
        'زرت القاهرة في صيف عام 2019 مع عائلتي. كانت الأهرامات أجمل مما تخيلت، ودرجة الحرارة وصلت إلى 40 درجة. قال لنا المرشد إن الهرم الأكبر بُني قبل أكثر من 4500 سنة.',
      ),
    );
    expect(arabic.sentences.map((s) => s.heading ?? false)).toEqual([false, false, false]);
    const chinese = parseArticle('zh.md', body('北京的春天来得很快。公园里的桃花一夜之间全都开了。'));
    expect(chinese.sentences.map((s) => s.heading ?? false)).toEqual([false, false]);
  });

  it('given Chinese or Japanese then its words are found by a dictionary, and a word finds its sentence', async () => {
    const { tokenize } = await import('../../src/text/tokenize.js');
    const terms = tokenize('公园里的桃花一夜之间全都开了').filter((t) => !t.alias).map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['公园', '桃花']));
    const { Library } = await import('../../src/index.js');
    const library = Library.create([parseArticle('zh.md', body('北京的春天来得很快。公园里的桃花一夜之间全都开了。'))]);
    expect(library.search({ query: '桃花' }).hits[0]?.passage.text).toBe('公园里的桃花一夜之间全都开了。');
  });
});

describe('a narrative citation with "et al."', () => {
  it('given "et al." before the year in brackets or a small word, then the sentence goes on', () => {
    expect(texts('It is the method used in Okafor et al. (2024). The larvae were then imaged.')).toEqual([
      'It is the method used in Okafor et al. (2024).',
      'The larvae were then imaged.',
    ]);
    expect(texts('As Brandt et al. showed, the fjord froze twice. Smith et al. (2019a) disagree.')).toEqual([
      'As Brandt et al. showed, the fjord froze twice.',
      'Smith et al. (2019a) disagree.',
    ]);
  });

  it('given "et al." at a sentence\'s end before a capitalised word, then a new sentence starts', () => {
    expect(texts('The method follows Brandt et al. Their nets were finer.')).toEqual([
      'The method follows Brandt et al.',
      'Their nets were finer.',
    ]);
  });
});
