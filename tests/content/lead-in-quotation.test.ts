import { describe, expect, it } from 'vitest';
import { byline, parseArticle } from '../../src/index.js';
import { passageCredit, speakerOfPassageIn } from '../../src/content/passage-speaker.js';
import { leadInSpeaker } from '../../src/text/lead-in.js';

/** A team's incident write-up: its writer is the file's author, and it pastes chat from the incident channel. */
function writeUp(body: readonly string[]): ReturnType<typeof parseArticle> {
  const front = `---\ntitle: "Incident: the boiler room flood"\nauthor: Hana Ito\npublication: Facilities Notes\ndate: 2025-02-03\n---\n\n`;
  return parseArticle('flood.md', `${front}${body.join('\n\n')}\n`);
}

const flood = writeUp([
  'The night porter, Omar Castell, found water in the boiler room at 02:10.',
  'In the facilities channel Omar wrote at 02:14:',
  '> "The main valve is stuck open. I have shut the power to the pumps. Can someone bring a wrench?"',
  'And Lena Ruiz, the plumber on call that night, answered:',
  '> "On my way. Keep everyone out of the basement."',
  'We fixed the valve by 03:00.',
]);

function passageStarting(start: string): NonNullable<ReturnType<typeof parseArticle>['sentences'][number]> {
  const passage = flood.sentences.find((each) => each.text.replace(/^["“]/u, '').startsWith(start));
  if (passage === undefined) throw new Error(`no sentence starts with ${start}`);
  return passage;
}

describe('a quotation set apart after a lead-in that names who wrote it', () => {
  it('given "Omar wrote at 02:14:" before a blockquote, then its words are his, by the full name the article gives', () => {
    expect(speakerOfPassageIn(flood, passageStarting('The main valve'))).toBe('Omar Castell');
    expect(speakerOfPassageIn(flood, passageStarting('Can someone bring'))).toBe('Omar Castell');
  });

  it('given "Lena Ruiz, the plumber on call, answered:", then the reply is credited to her, quoted by the writer', () =>
    expect(byline(passageCredit(flood, passageStarting('On my way')))).toBe(
      'Lena Ruiz, quoted by Hana Ito, Facilities Notes',
    ));

  it("given the writer's own sentence after the quotations, then it stays the writer's", () =>
    expect(speakerOfPassageIn(flood, passageStarting('We fixed the valve'))).toBeUndefined());

  it('given lead-ins of pasted chat, then the one named is read, and no colon or no verb reads none', () => {
    expect(leadInSpeaker('Aisha summed it up in the channel at 10:09:')).toBe('Aisha');
    expect(leadInSpeaker('And Dmitri Volkov, the database engineer on call as secondary, answered:')).toBe(
      'Dmitri Volkov',
    );
    expect(leadInSpeaker('Omar wrote at 02:14.')).toBeUndefined();
    expect(leadInSpeaker('The timeline in full:')).toBeUndefined();
    expect(leadInSpeaker('I wrote back:')).toBeUndefined();
  });
});
