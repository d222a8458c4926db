import { describe, expect, it } from 'vitest';
import { Bot, isQuotable, Library, parseArticle, type BotReply } from '../../src/index.js';
import { speakerOfPassageIn } from '../../src/content/passage-speaker.js';
import { leadInLength } from '../../src/text/lead-in.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A lab's write-up of a night's alarm: run-in labels of one word, of two, and of a clause, and chat pasted in a
// paragraph with each message's lead-in before it.
const writeUp = parseArticle(
  'write-up-freezer-alarm.md',
  `---
title: "Write-up: Freezer alarm in the genomics lab"
author: Rosa Lindqvist
publication: Lab Operations Notes
date: 2026-04-12
---

Overview. The minus-eighty freezer in room 214 warmed to minus forty overnight on 9 April, and two racks of samples were moved in time.

Cause. A door seal had split along its lower edge, and the compressor ran for six hours without reaching its set point.

Bartek posted in #lab-alerts at 03:12: "Freezer 3 reads minus forty-one and rising. Moving the racks to freezer 5 now." Nadia Sorensen answered a minute later: "On my way with dry ice."

What went well. The alarm paged the night technician within four minutes of the first warning.

Follow-up work. Facilities will replace the seals on all six freezers before the summer.

Takeaways. A seal costs less than one sample box, and we now check every seal each month.
`,
);
const texts = (filter: (passage: (typeof writeUp.sentences)[number]) => boolean): string[] =>
  writeUp.sentences.filter(filter).map((passage) => passage.text);
const passageStarting = (start: string): (typeof writeUp.sentences)[number] => {
  const found = writeUp.sentences.find((each) => each.text.replace(/^["“]/u, '').startsWith(start));
  if (found === undefined) throw new Error(`no sentence starts with ${start}`);
  return found;
};
const quoted = (reply: BotReply): string => (reply.kind === 'quote' ? reply.hit.passage.text : `(${reply.kind})`);

describe('a lead-in run into the quotation it leads to', () => {
  it('given "Bartek posted in #lab-alerts at 03:12: "…", then the quote is the words alone, and the lead-in a heading', () => {
    expect(texts(isQuotable)).toContain('"Freezer 3 reads minus forty-one and rising.');
    expect(texts(isQuotable).join('\n')).not.toMatch(/posted in|answered a minute later/);
    expect(texts((passage) => passage.heading === true)).toEqual(
      expect.arrayContaining(['Bartek posted in #lab-alerts at 03:12:', 'Nadia Sorensen answered a minute later:']),
    );
  });

  it('given the quotation after its lead-in, then its words are still credited to the one the lead-in names', () => {
    expect(speakerOfPassageIn(writeUp, passageStarting('Freezer 3 reads'))).toBe('Bartek');
    expect(speakerOfPassageIn(writeUp, passageStarting('Moving the racks'))).toBe('Bartek');
    expect(speakerOfPassageIn(writeUp, passageStarting('On my way'))).toBe('Nadia Sorensen');
  });

  it('given a colon before a quotation that names no one writing anything, or a report of speech, then nothing is taken off', () => {
    expect(leadInLength('The sign on the door read: "Keep closed."')).toBe(0);
    expect(leadInLength('Freezer 3 at 03:12: "minus forty-one"')).toBe(0);
    expect(leadInLength('Omar wrote at 02:14: "The valve is stuck."')).toBe('Omar wrote at 02:14: '.length);
    // A report's "said:" is the sentence it quotes in, and names the speaker for a search of the name.
    expect(leadInLength('Tobias Meyer of the auction house said: "The sale was a record."')).toBe(0);
  });
});

describe('labels of one word, or of a clause, among a text’s other labels', () => {
  it('given "Overview.", "Cause.", "Takeaways." and "What went well." run into their paragraphs beside "Follow-up work.", then each is a heading', () => {
    expect(texts((passage) => passage.heading === true)).toEqual(
      expect.arrayContaining(['Overview.', 'Cause.', 'What went well.', 'Follow-up work.', 'Takeaways.']),
    );
    expect(texts(isQuotable)).toContain(
      'A seal costs less than one sample box, and we now check every seal each month.',
    );
  });

  it('given a query of a one-word label, then it answers with its section, never the label alone', () => {
    const bot = new Bot(Library.create([writeUp], { lexicon: wordnetLexicon() }));
    expect(quoted(bot.handle({ kind: 'quote', query: 'takeaways' }))).toBe(
      'A seal costs less than one sample box, and we now check every seal each month.',
    );
    expect(quoted(bot.handle({ kind: 'quote', query: 'cause' }))).toBe(
      'A door seal had split along its lower edge, and the compressor ran for six hours without reaching its set point.',
    );
  });

  it('given a word alone opening a paragraph in a text with no other labels, then it is said, not a label', () => {
    const story = parseArticle(
      'night-shift.md',
      `---\ntitle: Night shift\nauthor: Rosa Lindqvist\npublication: Lab Operations Notes\ndate: 2026-04-12\n---\n\nSilence. The corridor hums with the freezers and nothing else.\n\nRight. Back to the racks, then.\n`,
    );
    expect(story.sentences.filter((passage) => passage.heading === true)).toEqual([]);
  });
});

describe('a label of a few words alone on its line', () => {
  const minutes = (body: string) =>
    parseArticle(
      'garden-club-minutes.md',
      `---\ntitle: Garden club minutes\nauthor: Rosa Lindqvist\npublication: Club Notes\ndate: 2026-04-12\n---\n\n${body}\n`,
    );
  const headings = (body: string): string[] =>
    minutes(body)
      .sentences.filter((passage) => passage.heading === true)
      .map((passage) => passage.text);

  it('given "Next steps." and "Open questions." on their own lines over prose, then each is a heading, though "steps" could be a verb', () => {
    const body = [
      'Decisions. The club will move its meetings to Thursdays from May.',
      'Next steps.',
      'Anna books the hall for the spring show.',
      'Open questions.',
      'Who pays for the new greenhouse glass is not yet agreed.',
    ].join('\n\n');
    expect(headings(body)).toEqual(['Decisions.', 'Next steps.', 'Open questions.']);
    expect(minutes(body).sentences.filter(isQuotable).map((passage) => passage.text)).toContain(
      'Anna books the hall for the spring show.',
    );
  });

  it('given one such line alone in the text, or short statements on their own lines, then they are said, not labels', () => {
    expect(headings('Next steps.\n\nAnna books the hall.\n\nThe club met on Monday.')).toEqual([]);
    expect(headings('We waited.\n\nThe hall was empty and cold.\n\nPrices rose.\n\nNobody came back.')).toEqual([]);
    expect(headings('Silence.\n\nThe corridor hums.\n\nNothing.\n\nThe racks wait.')).toEqual([]);
  });
});
