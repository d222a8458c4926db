import { describe, expect, it } from 'vitest';
import { Library, parseArticle } from '../../src/index.js';
import { interviewAnswers, interviewOf } from '../../src/content/interview.js';
import { quotablePassages } from '../../src/search/catalog.js';

function article(body: readonly string[], slug = 'keeper'): ReturnType<typeof parseArticle> {
  const front = '---\ntitle: Five minutes with the lighthouse keeper\nauthor: Lee Grant\npublication: Coast Weekly\ndate: 2024-03-01\n---\n\n';
  return parseArticle(`${slug}.md`, `${front}${body.join('\n\n')}\n`);
}

/** A Q/A interview after an introduction that names the one who answers. */
const QA = [
  'Nora Flint has kept the Eastpoint light for thirty years. We asked her what has changed.',
  'Q: When did you first climb the tower?',
  'A: In 1994, on a night of fog. I counted every one of the 212 steps.',
  'Q: What is the hardest part of the job?',
  'A: The winter storms, without a doubt. The lamp room shakes.',
  'Q: Would you do it again?',
  'A: Every day of my life.',
];

const quotable = (body: readonly string[]): string[] => quotablePassages(article(body)).map((each) => each.text);

describe('an interview in Q:/A: form', () => {
  it('given its questions, then none is quoted, posted or summed up: they read as headings', () => {
    const texts = quotable(QA);
    expect(texts.some((text) => text.includes('?'))).toBe(false);
    const headings = article(QA).sentences.filter((each) => each.heading);
    expect(headings.map((each) => each.text)).toEqual([
      'When did you first climb the tower?',
      'What is the hardest part of the job?',
      'Would you do it again?',
    ]);
  });

  it('given its answers, then they are quoted without the "A:" label, and the body keeps the label in place', () => {
    const parsed = article(QA);
    expect(quotable(QA)).toContain('The winter storms, without a doubt.');
    expect(quotable(QA)).toContain('Every day of my life.');
    expect(parsed.sentences.some((each) => /^[QA]:/.test(each.text))).toBe(false);
    for (const each of parsed.sentences) expect(parsed.body.slice(each.start, each.end)).toBe(each.text);
  });

  it('given "Q." and "A." labels, then they are read as "Q:" and "A:" are', () => {
    const dotted = QA.map((text) => text.replace(/^([QA]):/, '$1.'));
    expect(quotable(dotted)).toContain('The winter storms, without a doubt.');
    expect(quotable(dotted).some((text) => text.includes('?') || /^[QA]\./.test(text))).toBe(false);
  });

  it('given a search for a question\'s words, then the question is never the answer, its answer is; an answer\'s words find it', () => {
    const library = Library.create([article(QA)]);
    const texts = (query: string): string[] => library.search({ query }).hits.map((hit) => hit.passage.text);
    expect(texts('hardest part of the job')).toEqual(['The winter storms, without a doubt.', 'The lamp room shakes.']);
    expect(texts('winter storms')).toEqual(['The winter storms, without a doubt.']);
  });

  it('given an introduction that opens on a person it calls "her", then she answers; else no one is named', () => {
    expect(interviewOf(QA)?.interviewee).toBe('Nora Flint');
    const unnamed = ['The Eastpoint light turns 150 this year. We asked its keeper what has changed.', ...QA.slice(1)];
    expect(interviewOf(unnamed)?.interviewee).toBeNull();
    const council = ['Eastpoint Harbour Board runs the light. We asked how.', ...QA.slice(1)];
    expect(interviewOf(council)?.interviewee).toBeNull();
  });

  it('given an answer of two paragraphs, then the second is an answer too', () => {
    const turns = interviewOf([...QA.slice(0, 3), 'Later I learnt to sleep through the foghorn.', ...QA.slice(3)])?.turns;
    expect(turns?.[3]?.role).toBe('answer');
    expect(turns?.[0]?.role).toBeUndefined();
  });

  it('given an answer of two paragraphs, then both answer its question, which search reads without its label', () => {
    const body = [...QA.slice(0, 3), 'Later I learnt to sleep through the foghorn.', ...QA.slice(3)];
    const questions = interviewAnswers(article(body))?.questions;
    expect(questions?.[0]).toBeUndefined();
    expect(questions?.[1]).toBeUndefined();
    expect(questions?.[2]).toEqual({ paragraph: 1, text: 'When did you first climb the tower?' });
    expect(questions?.[3]).toBe(questions?.[2]);
    expect(questions?.[5]?.text).toBe('What is the hardest part of the job?');
    expect(interviewAnswers(article(['Nothing here asks.', 'Nor here.']))).toBeUndefined();
  });

  it('given one "Q:" paragraph, or labels that do not take turns, then it is no interview', () => {
    expect(interviewOf(['Q: Is this an interview?', 'A: No, a note.', 'It is a note.'])).toBeUndefined();
    expect(interviewOf(['Q: One?', 'Q: Two?', 'Q: Three?', 'A: All at once.', 'A: And again.'])).toBeUndefined();
  });
});

describe('an interview with the speakers named before a colon', () => {
  const NAMED = [
    'The keeper of the Eastpoint light talked to us in her lamp room.',
    'GRANT: When did you first climb the tower?',
    'FLINT: In 1994, on a night of fog.',
    'GRANT: What is the hardest part of the job?',
    'FLINT: The winter storms. The lamp room shakes.',
    'GRANT: And the best?',
    'FLINT: The quiet.',
  ];

  it('given the side that asks, then its turns are headings, and the other side is the interviewee', () => {
    const reading = interviewOf(NAMED);
    expect(reading?.interviewee).toBe('Flint');
    expect(reading?.turns.map((turn) => turn.role)).toEqual([
      undefined,
      'question',
      'answer',
      'question',
      'answer',
      'question',
      'answer',
    ]);
    expect(quotable(NAMED)).toEqual([
      'The keeper of the Eastpoint light talked to us in her lamp room.',
      'In 1994, on a night of fog.',
      'The winter storms.',
      'The lamp room shakes.',
      'The quiet.',
    ]);
  });

  it('given two names that take turns but neither asks, then it is no interview: a dialogue keeps its lines', () => {
    const dialogue = ['ANNA: The tide is out.', 'BEN: Then we walk.', 'ANNA: The sand is cold.', 'BEN: Then we run.'];
    expect(interviewOf(dialogue)).toBeUndefined();
  });
});
