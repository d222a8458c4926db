import { describe, expect, it } from 'vitest';
import { extractPlainText, findDate, parseDate, slugify } from '../../src/index.js';
import { parseDateline, splitTags } from '../../src/import/dateline.js';
import { repeatsByline } from '../../src/import/plain-text.js';
import { authorBioOf, bylineOf, imageCreditOf } from '../../src/import/bylines.js';

describe('plain text pieces', () => {
  it.each([
    ['May 17, 2020', '2020-05-17'],
    ['17 May 2020', '2020-05-17'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['Published: 2021-02-28T23:30:00-05:00', '2021-02-28'],
    ['Monday, March 1st, 2021 at 9:00', '2021-03-01'],
    ['2021/03/04', '2021-03-04'],
    ['2021.3.4', '2021-03-04'],
  ])('given the date %j then it reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['5 février 2024', '2024-02-05'],
    ['1er mars 2024', '2024-03-01'],
    ['mercredi 14 août 2024', '2024-08-14'],
    ['5. Februar 2024', '2024-02-05'],
    ['Montag, 4. März 2024', '2024-03-04'],
    ['3 Jänner 2024', '2024-01-03'],
    ['5 de febrero de 2024', '2024-02-05'],
    ['5 febbraio 2024', '2024-02-05'],
    ['5 februari 2024', '2024-02-05'],
    ['5 de fevereiro de 2024', '2024-02-05'],
  ])('given the date %j in another language then it reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('given an impossible date in another language then there is none', () => {
    expect(parseDate('30 février 2024')).toBeUndefined();
    expect(findDate('Le 5 avril, pas 2024.')).toBeUndefined();
  });

  it('given impossible dates then there is none', () => {
    expect(parseDate('February 30, 2021')).toBeUndefined();
    expect(parseDate('2021-13-01')).toBeUndefined();
    expect(parseDate('2021/02/30')).toBeUndefined();
    expect(parseDate('03/04/2021')).toBeUndefined();
    expect(parseDate('2021/03.04')).toBeUndefined();
    expect(findDate('no date here')).toBeUndefined();
  });

  it('given the seed dateline then every labelled field is read', () => {
    const line = parseDateline(
      'May 17, 2020 Topic: Security Region: Asia Blog Brand: Korea Watch Tags: North KoreaDonald Trump',
    );
    expect(line).toEqual({
      date: '2020-05-17',
      labels: ['Topic', 'Region', 'Blog Brand', 'Tags'],
      fields: { topic: 'Security', region: 'Asia', section: 'Korea Watch', tags: 'North KoreaDonald Trump' },
    });
  });

  it('given a sentence of the body that holds a date then it is not a dateline', () => {
    expect(parseDateline('On May 17, 2020 the president said that talks would go on.')).toBeUndefined();
  });

  it('given run-together tags then they split unless the article uses the joined word', () => {
    expect(splitTags('North KoreaDonald Trump', 'North Korea and Donald Trump')).toEqual([
      'North Korea',
      'Donald Trump',
    ]);
    expect(splitTags('McDonald, Fast Food', 'a McDonald franchise')).toEqual(['McDonald', 'Fast Food']);
    expect(splitTags('Iran; Oil | OPEC', '')).toEqual(['Iran', 'Oil', 'OPEC']);
  });

  it('given bylines, bios and credits then each is recognised, and prose is not', () => {
    expect(bylineOf('By Jane Roe and John Doe')).toBe('Jane Roe and John Doe');
    expect(bylineOf('by the way, it rained')).toBeUndefined();
    expect(authorBioOf('Eric Ballbach is a research fellow at the Institute of Korean Studies.')).toEqual({
      author: 'Eric Ballbach',
      bio: 'Eric Ballbach is a research fellow at the Institute of Korean Studies.',
    });
    expect(authorBioOf('North Korea is unlikely to give up its weapons.')).toBeUndefined();
    expect(imageCreditOf('Image: Reuters.')).toBe('Reuters');
    expect(imageCreditOf('Photo credit: Jane Smith/AP')).toBe('Jane Smith/AP');
    expect(imageCreditOf('Imagine a world without weapons.')).toBeUndefined();
  });

  it('given titles then slugs follow the hand-made file name', () => {
    expect(slugify("Donald Trump's Own Version of Muddling Through on North Korea")).toBe(
      'donald-trumps-own-version-of-muddling-through-on-north-korea',
    );
    expect(slugify('Café Society: A Déjà Vu & More')).toBe('cafe-society-a-deja-vu-and-more');
    expect(slugify('!!!')).toBeUndefined();
    expect(slugify('1984')).toBe('1984');
    expect(slugify('Ελλάδα 2004: Athens')).toBe('2004-athens');
    // A Greek letter alone among Latin ones is written as its name, as science writes it in words.
    expect(slugify('Inhibition of β-catenin signalling in mice')).toBe(
      'inhibition-of-beta-catenin-signalling-in-mice',
    );
    expect(slugify('TNFα and ΔF508: a review')).toBe('tnf-alpha-and-delta-f508-a-review');
    expect(slugify('word '.repeat(40))!.length).toBeLessThanOrEqual(80);
  });

  it('given a title whose letters a slug cannot spell then there is no slug, not one of its digits', () => {
    expect(slugify('北京的春天 作者：李明，2023年4月1日')).toBeUndefined();
    expect(slugify('Москва 2024')).toBeUndefined();
  });
});

describe('extractPlainText', () => {
  it('given a text with a byline, a dated line and no deck then the header is read and the body kept', () => {
    const draft = extractPlainText(
      [
        'Wind Farms Come to the Coast',
        'By Ana Silva',
        'March 3, 2021',
        '',
        'The first turbines went up on Tuesday.',
        '',
        'Fishermen worry about the cables.',
      ].join('\n'),
    );
    expect(draft).toMatchObject({
      title: 'Wind Farms Come to the Coast',
      author: 'Ana Silva',
      date: '2021-03-03',
      tags: [],
      paragraphs: ['The first turbines went up on Tuesday.', 'Fishermen worry about the cables.'],
    });
    expect(draft.deck).toBeUndefined();
  });

  it.each(['by Ana Silva — 3 March 2021', 'By Ana Silva, 3 March 2021', 'By Ana Silva | March 3, 2021'])(
    'given the byline and the date on one line (%j) then both are read',
    (line) => {
      const draft = extractPlainText(
        ['Wind Farms Come to the Coast', '', line, '', 'The first turbines went up on Tuesday.'].join('\n'),
      );
      expect(draft).toMatchObject({
        author: 'Ana Silva',
        date: '2021-03-03',
        paragraphs: ['The first turbines went up on Tuesday.'],
      });
    },
  );

  it('given a subtitle above the byline then it is the deck', () => {
    const draft = extractPlainText(
      'Wind Farms\n\nWhy the coast is changing\n\nBy Ana Silva\n\nOne.\n\nTwo.\n\nThree.',
    );
    expect(draft).toMatchObject({
      title: 'Wind Farms',
      deck: 'Why the coast is changing',
      author: 'Ana Silva',
    });
    expect(draft.paragraphs).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('given hard-wrapped paragraphs then their lines are joined', () => {
    const draft = extractPlainText(
      'Title\n\nFirst line of a paragraph\ncontinues here.\n\nSecond paragraph.',
    );
    expect(draft.paragraphs).toEqual(['First line of a paragraph continues here.', 'Second paragraph.']);
  });

  it('given paragraphs one per line under a header with blank lines then each line is a paragraph', () => {
    const long = (n: number) =>
      `Paragraph ${n} is a long line of text, as copied from a page, ${'and it goes on '.repeat(6)}to the end.`;
    const draft = extractPlainText(`Title\n\nBy Ana Silva\n\n${long(1)}\n${long(2)}\n${long(3)}`);
    expect(draft.paragraphs).toEqual([long(1), long(2), long(3)]);
  });

  it('given paragraphs between blank lines written a sentence per line (a news corpus) then each is one paragraph', () => {
    const sentence = (n: number) =>
      `Sentence ${n} is long enough to pass any hard wrap, ${'as a news sentence often is, '.repeat(4)}and ends here.`;
    const second = [sentence(3), `"Is it?" ${sentence(4)}`, sentence(5), sentence(6), sentence(7)];
    const draft = extractPlainText(
      `Title\n\nThe lead.\n\n${sentence(1)}\n${sentence(2)}\n\n${second.join('\n')}`,
    );
    expect(draft.paragraphs).toEqual(['The lead.', `${sentence(1)} ${sentence(2)}`, second.join(' ')]);
  });

  it('given a closing paragraph about someone other than the byline then it stays in the body', () => {
    const draft = extractPlainText(
      'Title\n\nBy Ana Silva\n\nBody text.\n\nJohn Smith is a former ambassador to Japan.',
    );
    expect(draft.author).toBe('Ana Silva');
    expect(draft.authorBio).toBeUndefined();
    expect(draft.paragraphs.at(-1)).toBe('John Smith is a former ambassador to Japan.');
  });

  it('given a signed name above the date, furniture lines and a photo credit then each is placed', () => {
    const draft = extractPlainText(
      [
        'Heatwave grips southern Europe',
        '',
        'Jon Henley, Europe correspondent',
        'Tue 18 Jul 2023 12.03 BST',
        '',
        'Southern Europe sweltered on Tuesday.',
        '',
        'Advertisement',
        '',
        'Italy issued red alerts for 20 cities.',
        '',
        'Photograph: Alessandro Serrano/AFP',
      ].join('\n'),
    );
    expect(draft).toEqual({
      title: 'Heatwave grips southern Europe',
      author: 'Jon Henley',
      date: '2023-07-18',
      imageCredit: 'Alessandro Serrano/AFP',
      tags: [],
      paragraphs: ['Southern Europe sweltered on Tuesday.', 'Italy issued red alerts for 20 cities.'],
    });
  });

  it('given share bars of network names then they are no paragraphs, and a sentence that names a network is', () => {
    const draft = extractPlainText(
      [
        'Library to close on Sundays',
        '',
        'Share on Facebook | WhatsApp',
        '',
        'The town library will close on Sundays.',
        '',
        'Twitter and Facebook users asked the council to think again.',
        '',
        'Facebook, Twitter or email',
        '',
        'Share this: Facebook Twitter',
      ].join('\n'),
    );
    expect(draft.paragraphs).toEqual([
      'The town library will close on Sundays.',
      'Twitter and Facebook users asked the council to think again.',
    ]);
  });

  it('given the author the user named alone on the line under the title then it is the byline, no sentence of the body', () => {
    const text =
      'State of the Union 1962\nJohn F. Kennedy\nMr. Vice President, my old colleague from Massachusetts. It is a pleasure.';
    const named = extractPlainText(text, 'john f. kennedy');
    expect(named).toMatchObject({ title: 'State of the Union 1962', author: 'John F. Kennedy' });
    expect(named.paragraphs.join(' ')).not.toContain('John F. Kennedy');
    // Another name there, or none given, is left as it was read.
    expect(extractPlainText(text, 'Someone Else').paragraphs[0]).toContain('John F. Kennedy');
    expect(extractPlainText(text).author).toBeUndefined();
  });

  it('given a byline and date on one line then both are read', () => {
    const draft = extractPlainText('Gold Rush\nBy Maria Gomez | March 3, 2021 · 5 min read\n\nOne.\n\nTwo.');
    expect(draft).toMatchObject({ title: 'Gold Rush', author: 'Maria Gomez', date: '2021-03-03' });
    expect(draft.paragraphs).toEqual(['One.', 'Two.']);
  });

  it('given a blog\'s "Posted by … on <date>" line then the author and the date are read, and it is no paragraph', () => {
    const draft = extractPlainText(
      'Garden Notes\n\nPosted by Priya Natarajan on 12 June 2023\n\nOne.\n\nTwo.',
    );
    expect(draft).toMatchObject({ title: 'Garden Notes', author: 'Priya Natarajan', date: '2023-06-12' });
    expect(draft.paragraphs).toEqual(['One.', 'Two.']);
    expect(bylineOf('Published by Tom Okafor')).toBe('Tom Okafor');
    expect(bylineOf('Posted by the parks department')).toBeUndefined();
  });
});

describe('a plain text with a byline in another language', () => {
  const story = (byline: string): string =>
    [
      'Les boulangeries de village ferment une à une',
      '',
      byline,
      '',
      'Dans les campagnes, une boulangerie ferme.',
    ].join('\n');

  it.each([
    ['Par Claire Dubois — 5 février 2024', 'Claire Dubois', '2024-02-05'],
    ['Von Klaus Meier, 5. Februar 2024', 'Klaus Meier', '2024-02-05'],
    ['Por Ana López | 5 de febrero de 2024', 'Ana López', '2024-02-05'],
    ['Di Marco Rossi — 5 febbraio 2024', 'Marco Rossi', '2024-02-05'],
    ['Door Jan de Vries — 5 februari 2024', 'Jan de Vries', '2024-02-05'],
  ])('given %j then the author and the date are read, and it is no paragraph', (byline, author, date) => {
    const draft = extractPlainText(story(byline));
    expect(draft).toMatchObject({ author, date, paragraphs: ['Dans les campagnes, une boulangerie ferme.'] });
  });

  it('given a byline in a language not read, and the author and date the user gave, then it is dropped as the byline', () => {
    const text = story('Napisał Jan Kowalski, 5 lutego 2024');
    expect(extractPlainText(text).paragraphs[0]).toContain('Napisał');
    const given = extractPlainText(text, 'Jan Kowalski', undefined, '2024-02-05');
    expect(given.paragraphs).toEqual(['Dans les campagnes, une boulangerie ferme.']);
    // Another date, or another name, is no byline of these: the line stays.
    expect(extractPlainText(text, 'Jan Kowalski', undefined, '2024-02-06').paragraphs[0]).toContain(
      'Napisał',
    );
    expect(extractPlainText(text, 'Anna Nowak', undefined, '2024-02-05').paragraphs[0]).toContain('Napisał');
  });

  it('given a sentence of the body that names the author and the date then it stays', () => {
    expect(
      repeatsByline(
        'Jan Kowalski told the council on 5 February 2024 that the bakery would close within the year.',
        'Jan Kowalski',
        '2024-02-05',
      ),
    ).toBe(false);
    expect(repeatsByline('Par Claire Dubois — 5 février 2024', 'Claire Dubois', '2024-02-05')).toBe(true);
  });
});

describe('a plain text imported with --title', () => {
  const body =
    'The council met on Tuesday. It agreed to build a bridge.\n\nThe mayor said it would cost two million pounds.\n';

  it('given a headline of its own above a byline, then it is kept as the deck under the title given, and the byline read', () => {
    const draft = extractPlainText(`River news\n\nBy Ana Silva\n\n${body}`, undefined, 'Flood warning');
    expect(draft).toMatchObject({ title: 'Flood warning', deck: 'River news', author: 'Ana Silva' });
    expect(draft.paragraphs).toHaveLength(2);
  });

  it('given the title given as its first line, then the rest is read as without --title', () => {
    const given = extractPlainText(`Flood warning\n\nBy Ana Silva\n\n${body}`, undefined, 'Flood Warning');
    expect(given).toEqual({
      ...extractPlainText(`Flood warning\n\nBy Ana Silva\n\n${body}`),
      title: 'Flood Warning',
    });
  });
});
