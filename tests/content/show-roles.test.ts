import { describe, expect, it } from 'vitest';
import { creditedTo, attributionOf, byline, parseArticle } from '../../src/index.js';
import { passageCredit, passageSpeaker, speakerOfPassageIn } from '../../src/content/passage-speaker.js';
import { showRoleOf } from '../../src/content/speaker-role.js';

/** A podcast's transcript as the host publishes it: the host is the file's author. */
function episode(title: string, body: readonly string[]): ReturnType<typeof parseArticle> {
  const front = `---\ntitle: "${title}"\nauthor: Rosa Hale\npublication: Night Kitchen Radio\ndate: 2024-05-01\n---\n\n`;
  return parseArticle('episode.md', `${front}${body.join('\n\n')}\n`);
}

type Parsed = ReturnType<typeof parseArticle>;

/** The byline a quote of the sentence that starts with `start` carries. */
function creditOf(article: Parsed, start: string): string {
  const passage = article.sentences.find((each) => each.text.startsWith(start));
  if (passage === undefined) throw new Error(`no sentence starts with ${start}`);
  return byline(passageCredit(article, passage));
}

function roleOf(article: Parsed, start: string): string | undefined {
  const passage = article.sentences.find((each) => each.text.startsWith(start))!;
  return showRoleOf(article, passage.paragraph);
}

describe('a producer talking with the host', () => {
  const mailbag = episode('Listener Mail', [
    'Every few months Rosa and producer Omar Price open the inbox and read your letters on air.',
    'Rosa: Omar, we got a lot of mail this time.',
    'Omar: We did. Over three hundred emails, and one actual postcard, which is now on the fridge.',
    'Rosa: The postcard is lovely.',
    'Omar: It came from a lighthouse keeper, which feels right for a night show.',
  ]);

  it('given "producer Omar Price" in the introduction, then his words are credited plainly, not as an interview', () =>
    expect(creditOf(mailbag, 'Over three hundred emails')).toBe('Omar Price, Night Kitchen Radio'));

  it('given "Omar Price (producer)" in a list of speakers, then he is crew, and the guest still a guest', () => {
    const article = episode('Ferry Nights', [
      'Speakers: Rosa Hale (host), Omar Price (producer), Lena Vogt (guest, a ferry pilot).',
      'Rosa Hale: Lena, welcome. How did you start piloting ferries?',
      'Lena Vogt: By accident, really. I answered an advert for a deckhand on the night crossing.',
      'Omar Price: We had the same advert on the studio wall for years, funnily enough.',
      'Rosa Hale: What would you tell someone starting out?',
      'Lena Vogt: Learn the tides before you learn the engines.',
    ]);
    expect(creditOf(article, 'We had the same advert')).toBe('Omar Price, Night Kitchen Radio');
    expect(creditOf(article, 'Learn the tides')).toBe('Lena Vogt, interviewed by Rosa Hale, Night Kitchen Radio');
    expect([roleOf(article, 'We had'), roleOf(article, 'Learn'), roleOf(article, 'What would')]).toEqual([
      'crew',
      'guest',
      'host',
    ]);
  });

  it('given a "PRODUCER (Omar):" label, then he is crew', () => {
    const article = episode('Ferry Nights', [
      'HOST (Rosa): Welcome back. How did you start?',
      'GUEST (Lena): I answered an advert for a deckhand.',
      'PRODUCER (Omar): The advert is still on our wall, to be honest.',
      'HOST (Rosa): And the best part?',
      'GUEST (Lena): Night crossings, always.',
    ]);
    expect(roleOf(article, 'The advert is still')).toBe('crew');
    expect(roleOf(article, 'Night crossings')).toBe('guest');
  });

  it('given a producer the text never titles, in a show where nobody asks, then his words are his alone, not an interview', () => {
    const article = episode('Listener Mail', [
      'Every few months Rosa and Omar Price open the inbox and read your letters on air.',
      'Rosa: Omar, we got a lot of mail this time.',
      'Omar: We did. Over three hundred emails, and one actual postcard, which is now on the fridge.',
      'Rosa: The postcard is lovely.',
      'Omar: It came from a lighthouse keeper, which feels right for a night show.',
    ]);
    expect(roleOf(article, 'Over three hundred')).toBe('crew');
    expect(creditOf(article, 'Over three hundred emails')).toBe('Omar Price, Night Kitchen Radio');
  });

  it('given a third speaker the text never titles and the host never asks, then he is crew, and the asked guest a guest', () => {
    const article = episode('Ferry Nights', [
      'Tonight Rosa Hale talks to Lena Vogt, a ferry pilot, with Omar Price in the studio.',
      'Rosa Hale: Lena, welcome. How did you start piloting ferries?',
      'Lena Vogt: By accident, really. I answered an advert for a deckhand on the night crossing.',
      'Omar Price: We had the same advert on the studio wall for years, funnily enough.',
      'Rosa Hale: What would you tell someone starting out?',
      'Lena Vogt: Learn the tides before you learn the engines.',
    ]);
    expect(creditOf(article, 'We had the same advert')).toBe('Omar Price, Night Kitchen Radio');
    expect(creditOf(article, 'Learn the tides')).toBe('Lena Vogt, interviewed by Rosa Hale, Night Kitchen Radio');
  });

  it('given the one speaker beside the host, untitled and never asked (the host welcomes, not asks), then she is a guest, interviewed by the host (new-user pass 20)', () => {
    const article = episode('Café Owners on Rent', [
      'Rosa Hale: Welcome to the café episode.',
      'Ruth Adeyemi: Thanks. Our rent went up forty percent in one year, and that is the whole story of our high street.',
    ]);
    expect(creditOf(article, 'Our rent went up')).toBe('Ruth Adeyemi, interviewed by Rosa Hale, Night Kitchen Radio');
  });

  it('given a credit of a producer, then it names him alone', () =>
    expect(creditedTo(attributionOf(mailbag), { name: 'Omar Price', as: 'speaker' }).author).toBe('Omar Price'));
});

describe('a letter read out on a show', () => {
  const mailbag = episode('Listener Mail', [
    'Every few months Rosa and producer Omar Price open the inbox and read your letters on air.',
    'Rosa: Omar, we got a lot of mail this time.',
    'Omar: We did, and the first letter is from Sam in Leeds. Sam writes: "Your episode on night shifts got me through a winter of them."',
    'Rosa: Let\'s go on with Jess from Bristol. She writes: "I listened on the bus and missed my stop." Thank you, Jess.',
    'Omar: And one from someone who asked us not to use their name. They write: "I quit the night shift in March."',
    'Rosa: We hear you.',
  ]);

  it('given "Sam writes: …", then the letter is Sam\'s, quoted, not the producer\'s own words', () => {
    expect(creditOf(mailbag, 'Sam writes')).toBe('Sam, read by Omar Price, Night Kitchen Radio');
  });

  it('given a letter the producer reads out, then the credit names him as its reader, not the article\'s author', () => {
    const passage = mailbag.sentences.find((each) => each.text.startsWith('Sam writes'))!;
    expect(passageSpeaker(mailbag, passage)).toEqual({ name: 'Sam', as: 'read', by: 'Omar Price' });
  });

  it('given "…with Jess from Bristol. She writes: …", then the letter is Jess\'s, not the host\'s', () =>
    expect(creditOf(mailbag, 'She writes')).toBe('Jess, read by Rosa Hale, Night Kitchen Radio'));

  it('given a letter whose writer is not named, then "who said that?" has no answer, and nobody reading it is credited', () => {
    const passage = mailbag.sentences.find((each) => each.text.startsWith('They write'))!;
    expect(speakerOfPassageIn(mailbag, passage)).toBeNull();
  });

  it('given the reader\'s own words around the letter, then they stay the reader\'s', () =>
    expect(creditOf(mailbag, 'We did, and the first letter')).toBe('Omar Price, Night Kitchen Radio'));
});
