import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { extractArticle } from '../../src/import/extract.js';
import { extractMarkdown } from '../../src/import/markdown.js';
import { extractPlainText } from '../../src/import/plain-text.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { isAuthorNameLine, nameWithOffice, officeNameOf } from '../../src/text/author-line.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A mayor's speech as a new user wrote it (pass 15, #3): a name line with a title under the title.
const SPEECH = [
  'Remarks at the Opening of the Harbourside Community Library',
  '',
  'Mayor Daniel Okafor',
  '',
  'Thank you. Thank you all for coming, and thank you for your patience with the weather.',
  '',
  'Six years ago, this building was an empty warehouse with a leaking roof. Today it is the first public library this neighbourhood has ever had. (Applause.)',
  '',
  'We have also made sure the building serves people who cannot come to it. A mobile library van will visit the care homes and the estates on the east side twice a week.',
  '',
  'So borrow books. Bring your children. A library that is used is a library that survives.',
].join('\n');

const speechWithNameLine = (line: string): string => SPEECH.replace('Mayor Daniel Okafor', line);

describe('a line of the author’s name under the title, with words of office', () => {
  it('given --author "Daniel Okafor" and "Mayor Daniel Okafor" under the title, then it is the byline, with the office, and no paragraph', () => {
    const draft = extractPlainText(SPEECH, 'Daniel Okafor');
    expect(draft.author).toBe('Mayor Daniel Okafor');
    expect(draft.paragraphs[0]).toMatch(/^Thank you\./);
    expect(draft.paragraphs.join(' ')).not.toContain('Mayor Daniel Okafor');
  });

  it('given the name with a role after it, or a courtesy title, then it is the byline too, the author the name alone', () => {
    for (const line of [
      'Daniel Okafor, Mayor of Harbourside',
      'Dr. Daniel Okafor',
      'The Rt Hon. Daniel Okafor',
    ]) {
      const draft = extractPlainText(speechWithNameLine(line), 'Daniel Okafor');
      expect(draft.author).toBe('Daniel Okafor');
      expect(draft.paragraphs.join(' ')).not.toContain('Okafor');
    }
  });

  it('given the name line straight under the title, with no blank line between, then it is the byline as after a blank line, not part of the title', () => {
    const glued = SPEECH.replace('Library\n\nMayor', 'Library\nMayor');
    const draft = extractPlainText(glued, 'Daniel Okafor');
    expect(draft.title).toBe('Remarks at the Opening of the Harbourside Community Library');
    expect(draft.author).toBe('Mayor Daniel Okafor');
    expect(draft.paragraphs[0]).toMatch(/^Thank you\./);
    for (const line of ['Daniel Okafor', 'Daniel Okafor, Mayor of Harbourside', 'Dr. Daniel Okafor']) {
      const each = extractPlainText(glued.replace('Mayor Daniel Okafor', line), 'Daniel Okafor');
      expect([each.title, each.author]).toEqual([
        'Remarks at the Opening of the Harbourside Community Library',
        'Daniel Okafor',
      ]);
    }
    // The body straight under the name line too: three blocks, not one.
    const run = extractPlainText(glued.replace('Okafor\n\nThank', 'Okafor\nThank'), 'Daniel Okafor');
    expect([run.title, run.author, run.paragraphs[0]]).toEqual([
      'Remarks at the Opening of the Harbourside Community Library',
      'Mayor Daniel Okafor',
      'Thank you. Thank you all for coming, and thank you for your patience with the weather.',
    ]);
  });

  it('given a title wrapped over two lines and --author, then the two lines are one title still', () => {
    const wrapped = SPEECH.replace('Opening of the Harbourside', 'Opening of the\nHarbourside');
    expect(extractPlainText(wrapped, 'Daniel Okafor')).toMatchObject({
      title: 'Remarks at the Opening of the Harbourside Community Library',
      author: 'Mayor Daniel Okafor',
    });
  });

  it('given a sentence that names the author, or another name, then the line stays text of the body', () => {
    const said = extractPlainText(
      speechWithNameLine('Mayor Daniel Okafor opened the library.'),
      'Daniel Okafor',
    );
    expect(said.paragraphs[0]).toBe('Mayor Daniel Okafor opened the library.');
    expect(extractPlainText(SPEECH, 'Farah Siddiqui').paragraphs[0]).toBe('Mayor Daniel Okafor');
    expect(isAuthorNameLine('mayor Daniel Okafor', 'Daniel Okafor')).toBe(false);
    expect(isAuthorNameLine('Daniel Okafor, who opened it', 'Daniel Okafor')).toBe(false);
    expect(isAuthorNameLine('Welcome Daniel Okafor', 'Daniel Okafor')).toBe(false);
  });

  it('given --author on the command line, then the import writes the author with the office the text gives, and a courtesy title not', () => {
    const built = (text: string) => {
      const extracted = extractArticle({ source: 's.txt', text, format: 'text', author: 'Daniel Okafor' });
      if (!extracted.ok) throw new Error('not extracted');
      const file = prepareContentFile('s.txt', extracted.value, {
        overrides: { author: 'Daniel Okafor', publication: 'City of Harbourside', date: '2025-06-14' },
      });
      if (!file.ok) throw new Error('not prepared');
      return file.value.article;
    };
    expect(built(SPEECH).meta.author).toBe('Mayor Daniel Okafor');
    expect(built(speechWithNameLine('Dr. Daniel Okafor')).meta.author).toBe('Daniel Okafor');
    expect(nameWithOffice('Dr. Daniel Okafor', 'Daniel Okafor')).toBeUndefined();
  });

  it('given Markdown whose front matter names the author, then the name line under the title goes', () => {
    const front =
      '---\ntitle: Remarks\nauthor: Daniel Okafor\npublication: City of Harbourside\ndate: 2025-06-14\n---\n\n';
    const outcome = extractMarkdown(
      's.md',
      `${front}Mayor Daniel Okafor\n\nThank you all for coming.\n\nA van will visit.\n`,
    );
    expect(outcome.ok && outcome.value).toMatchObject({
      author: 'Mayor Daniel Okafor',
      paragraphs: ['Thank you all for coming.', 'A van will visit.'],
    });
    const incomplete = extractMarkdown(
      's.md',
      `---\nauthor: Daniel Okafor\n---\n\n# Remarks\n\nMayor Daniel Okafor\n\nThank you all.\n\nA van will visit.\n`,
    );
    expect(incomplete.ok && incomplete.value).toMatchObject({
      author: 'Mayor Daniel Okafor',
      paragraphs: ['Thank you all.', 'A van will visit.'],
    });
  });
});

// A principal's speech as a new user wrote it (nu39, speech.txt): the name line straight under the title.
const GRADUATION = [
  'Remarks at the Millbrook High School Graduation',
  'Principal Asha Raman',
  '',
  'Good evening, graduates, families, and staff.',
  '',
  'This class raised £12,000 for the flood appeal last spring. You rebuilt the school garden after the storm.',
  '',
  'Kindness is not softness.',
].join('\n');

describe('a line of a name with words of office under the title, with no --author', () => {
  it('given "Principal Asha Raman" straight under the title, then it is the author, with the office, and not the title’s', () => {
    const draft = extractPlainText(GRADUATION);
    expect([draft.title, draft.author, draft.paragraphs[0]]).toEqual([
      'Remarks at the Millbrook High School Graduation',
      'Principal Asha Raman',
      'Good evening, graduates, families, and staff.',
    ]);
    // After a blank line as well.
    expect(extractPlainText(GRADUATION.replace('Graduation\n', 'Graduation\n\n')).author).toBe(
      'Principal Asha Raman',
    );
  });

  it('given the README’s lines under the title, then those with an office or a role are the byline, a name alone not', () => {
    const glued = SPEECH.replace('Library\n\nMayor', 'Library\nMayor');
    expect(extractPlainText(SPEECH).author).toBe('Mayor Daniel Okafor');
    expect(extractPlainText(glued)).toMatchObject({
      title: 'Remarks at the Opening of the Harbourside Community Library',
      author: 'Mayor Daniel Okafor',
    });
    expect(extractPlainText(speechWithNameLine('Daniel Okafor, Mayor of Harbourside')).author).toBe(
      'Daniel Okafor',
    );
    expect(extractPlainText(speechWithNameLine('Dr. Daniel Okafor')).author).toBe('Daniel Okafor');
    // A name alone may be a deck: it stays text, and the import asks for --author.
    const alone = extractPlainText(speechWithNameLine('Daniel Okafor'));
    expect([alone.author, alone.paragraphs[0]]).toEqual([undefined, 'Daniel Okafor']);
  });

  it('given a line of an office and words the text writes in small letters, then it is no name', () => {
    expect(officeNameOf('Mayor Defends Cuts')).toBe('Defends Cuts');
    const deck =
      'Council Budget\nMayor Defends Cuts\n\nThe mayor defends the cuts to the bus routes.\n\nThey start in May.';
    expect(extractPlainText(deck).author).toBeUndefined();
    expect(officeNameOf('Mayor of the Year')).toBeUndefined();
    expect(officeNameOf('Asha Raman')).toBeUndefined();
    expect(officeNameOf('Principal Asha Raman opened the hall.')).toBeUndefined();
  });

  it('given the import with no --author, and --dry-run, then the file has the author and the whole title', () => {
    const extracted = extractArticle({ source: 'speech.txt', text: GRADUATION, format: 'text' });
    if (!extracted.ok) throw new Error('not extracted');
    const file = prepareContentFile('speech.txt', extracted.value, {
      overrides: { publication: 'Millbrook Gazette', date: '2025-07-10' },
    });
    if (!file.ok) throw new Error(`not prepared: ${JSON.stringify(file)}`);
    expect(file.value.markdown).toContain(
      'title: Remarks at the Millbrook High School Graduation\nauthor: Principal Asha Raman\n',
    );
    expect(file.value.article.sentences.map((sentence) => sentence.text)).not.toContain(
      'Principal Asha Raman',
    );
  });
});

describe('a content file whose body holds the line of its author’s name', () => {
  it('given "Mayor Daniel Okafor" in the body of Daniel Okafor’s article, then it is no sentence to quote', () => {
    const article = parseArticle(
      'remarks.md',
      '---\ntitle: Remarks\nauthor: Daniel Okafor\npublication: City\ndate: 2025-06-14\n---\n\nMayor Daniel Okafor\n\nA mobile library van will visit the care homes.\n',
    );
    expect(article.sentences.map((sentence) => [sentence.text, sentence.heading ?? false])).toEqual([
      ['Mayor Daniel Okafor', true],
      ['A mobile library van will visit the care homes.', false],
    ]);
    // The line itself is never quoted; the words of a heading answer with its section's first sentence.
    const library = Library.create([article]);
    expect(library.search({ query: 'Mayor Daniel Okafor' }).hits.map((hit) => hit.passage.text)).toEqual([
      'A mobile library van will visit the care homes.',
    ]);
  });
});

describe('the speech imported with --author "Daniel Okafor", in chat', () => {
  it('given "what did the mayor say about the van?", then the mayor’s sentence about the van', () => {
    const extracted = extractArticle({
      source: 's.txt',
      text: SPEECH,
      format: 'text',
      author: 'Daniel Okafor',
    });
    if (!extracted.ok) throw new Error('not extracted');
    const file = prepareContentFile('s.txt', extracted.value, {
      overrides: { author: 'Daniel Okafor', publication: 'City of Harbourside', date: '2025-06-14' },
    });
    if (!file.ok) throw new Error('not prepared');
    const bot = new Bot(Library.create([file.value.article], { lexicon: wordnetLexicon() }));
    const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };
    const reply = converse(bot, 'what did the mayor say about the van?', key, 0);
    expect(reply.kind === 'quote' && reply.hit.passage.text).toBe(
      'A mobile library van will visit the care homes and the estates on the east side twice a week.',
    );
  });
});
