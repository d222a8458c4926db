import { describe, expect, it } from 'vitest';
import { Bot, Library, parseArticle } from '../../src/index.js';
import { passageSpeaker, speakerOfPassageIn } from '../../src/content/passage-speaker.js';
import { quotablePassages } from '../../src/search/catalog.js';

/** A podcast's transcript as the host publishes it: the host is the file's author. */
function episode(title: string, body: readonly string[]): ReturnType<typeof parseArticle> {
  const front = `---\ntitle: "${title}"\nauthor: Rosa Hale\npublication: Night Kitchen Radio\ndate: 2024-05-01\n---\n\n`;
  return parseArticle('episode.md', `${front}${body.join('\n\n')}\n`);
}

/** Each quotable sentence with whom a quote of it credits ("" for the writer's own). */
function credits(article: ReturnType<typeof parseArticle>): string[] {
  return quotablePassages(article).map((each) => `${passageSpeaker(article, each)?.name ?? ''}: ${each.text}`);
}

describe('a transcript with three speakers named before a colon', () => {
  const BODY = [
    'Speakers: Rosa Hale (host), Omar Price (producer), Lena Vogt (guest, a ferry pilot).',
    'Rosa Hale: Lena, welcome. How did you start piloting ferries?',
    'Lena Vogt: [laughs] By accident, really. I answered an advert for a deckhand.',
    'Omar Price: Was the pay any good?',
    'Lena Vogt: The pay was terrible. The sea made up for it.',
    'Rosa Hale: The sea made up for it.',
    'Lena Vogt: Night crossings are the best part of the job.',
    'Rosa Hale: What would you tell someone starting out?',
    'Lena Vogt: Learn the tides before you learn the engines.',
  ];

  it('given the guest\'s turns, then each is credited to her, without the label or a note after it', () => {
    const quoted = credits(episode('Ferry Nights', BODY));
    expect(quoted).toContain('Lena Vogt: By accident, really.');
    expect(quoted).toContain('Lena Vogt: Learn the tides before you learn the engines.');
    expect(quoted.some((each) => /Lena Vogt:.*Lena Vogt:|\[laughs\]/u.test(each))).toBe(false);
  });

  it('given the host\'s questions and echo, and the producer\'s question, then none is quoted', () => {
    const quoted = credits(episode('Ferry Nights', BODY));
    expect(quoted.filter((each) => !each.startsWith('Lena Vogt: '))).toEqual([
      ': Speakers: Rosa Hale (host), Omar Price (producer), Lena Vogt (guest, a ferry pilot).',
    ]);
  });

  it('given a search for the producer\'s name, then his labels are no words of the text', () => {
    const library = Library.create([episode('Ferry Nights', BODY)]);
    const found = library.search({ query: 'omar' }).hits.map((hit) => hit.passage.text);
    expect(found).toEqual(['Speakers: Rosa Hale (host), Omar Price (producer), Lena Vogt (guest, a ferry pilot).']);
  });
});

describe('a transcript in the other forms people paste', () => {
  it('given "HOST (Rosa):" and "GUEST (Lena):" labels, then the guest is named in full from the title', () => {
    const article = episode('Episode 3: Lena Vogt on Ferries', [
      'HOST (Rosa): Welcome back. How did you start?',
      'GUEST (Lena): I answered an advert for a deckhand.',
      'HOST (Rosa): And the best part?',
      'GUEST (Lena): Night crossings, always.',
    ]);
    expect(credits(article)).toEqual([
      'Lena Vogt: I answered an advert for a deckhand.',
      'Lena Vogt: Night crossings, always.',
    ]);
  });

  it('given timestamps before "Rosa:" and "Guest:", then "Guest" is the one guest the text introduces', () => {
    const turns = [
      'Rosa: So, is fog the worst of it?',
      'Guest: Fog is the worst of it. You slow down and you listen.',
      'Rosa: And do the passengers notice?',
      'Guest: Only the coffee queue.',
    ];
    const intro = 'Our guest this week is harbour pilot Dr. Lena Vogt of Kiel.';
    for (const stamp of ['[00:01:05] ', '00:01:05 ']) {
      const article = episode('Fog', [intro, ...turns.map((turn) => `${stamp}${turn}`)]);
      expect(credits(article)).toEqual([
        `: ${intro}`,
        'Lena Vogt: Fog is the worst of it.',
        'Lena Vogt: You slow down and you listen.',
        'Lena Vogt: Only the coffee queue.',
      ]);
    }
  });

  it('given a "Guest:" label and a text that names no guest, then "who said that?" has no name for it', () => {
    const article = episode('Fog', ['Rosa: Is fog the worst?', 'Guest: Fog is the worst.', 'Rosa: Why?', 'Guest: You cannot see.']);
    const answer = article.sentences.find((each) => each.text === 'You cannot see.')!;
    expect(speakerOfPassageIn(article, answer)).toBeNull();
  });

  it('given an Otter.ai export, with its label on a line of its own or run into the words, then neither is quoted', () => {
    const article = episode('Ferries', [
      'Rosa Hale 0:03',
      'Welcome, Lena. What keeps you on the water?',
      'Lena Vogt 0:21 Honestly, the quiet at four in the morning.',
      'Rosa Hale 0:40 Would you ever stop?',
      'Lena Vogt 0:44',
      'Only when the harbour closes.',
    ]);
    expect(credits(article)).toEqual([
      'Lena Vogt: Honestly, the quiet at four in the morning.',
      'Lena Vogt: Only when the harbour closes.',
    ]);
  });

  it('given two guests in capitals and a host who asks, then each guest is credited with their own turns', () => {
    const article = episode('Sail or Motor?', [
      'Two guests disagree this week: Lena Vogt pilots ferries and Ivo Marsh builds sailing boats.',
      'ROSA: Should ferries go back to sail?',
      'IVO: Yes. Wind is free and it never runs out.',
      'LENA: Wind is free, but timetables are not.',
      'IVO: Then change the timetables.',
      'ROSA: Lena, is that fair?',
      'LENA: Passengers want to be home by six.',
    ]);
    expect(credits(article).slice(1)).toEqual([
      'Ivo Marsh: Wind is free and it never runs out.',
      'Lena Vogt: Wind is free, but timetables are not.',
      'Ivo Marsh: Then change the timetables.',
      'Lena Vogt: Passengers want to be home by six.',
    ]);
  });

  it('given the author\'s own transcript where the guest speaks once and nobody asks, then each turn is its speaker\'s', () => {
    const article = episode('The Café Episode', [
      'Rosa Hale: Welcome to the café episode.',
      'Lena Vogt: Thanks. Our rent went up forty percent in one year.',
    ]);
    expect(credits(article)).toEqual([
      ': Welcome to the café episode.',
      'Lena Vogt: Our rent went up forty percent in one year.',
    ]);
    const own = article.sentences.find((each) => each.text === 'Welcome to the café episode.')!;
    expect(speakerOfPassageIn(article, own)).toBeUndefined();
  });

  it('given a search for what a guest said about a subject, then her answer comes before the host\'s question', () => {
    const article = episode('Sail or Motor?', [
      'ROSA: Should ferries go back to sail?',
      'IVO: Yes. Wind is free and it never runs out.',
      'LENA: Timetables matter more than wind.',
      'ROSA: Ivo, what about storms?',
      'IVO: Storms are a sailor\'s whole education.',
    ]);
    const library = Library.create([article]);
    const found = library.search({ query: 'ivo storms' }).hits.map((hit) => hit.passage.text);
    expect(found[0]).toBe("Storms are a sailor's whole education.");
  });
});

describe('a transcript\'s speaker asked for by name', () => {
  const SAIL = episode('Sail or Motor?', [
    'Two guests disagree this week: Lena Vogt pilots ferries and Ivo Marsh builds sailing boats.',
    'ROSA: Should ferries go back to sail?',
    'IVO: Yes. Wind is free and it never runs out, whatever the oil price does.',
    'LENA: Six at the latest.',
    'LENA: Timetables matter more than wind, and passengers want to be home by six.',
    'ROSA: Ivo, is that fair?',
    'IVO: Fair enough.',
  ]);
  const NOTES = parseArticle(
    'notes.md',
    '---\ntitle: Show notes\nauthor: Omar Price\npublication: Night Kitchen Radio\ndate: 2024-05-02\n---\n\nThis week Lena Vogt and Ivo Marsh argue about sail.\n',
  );

  it('given a query that is only her name, then her own turns come first, the longer before the short', () => {
    const library = Library.create([SAIL, NOTES]);
    const found = library.search({ query: 'lena' }).hits.map((hit) => hit.passage.text);
    expect(found.slice(0, 2)).toEqual([
      'Timetables matter more than wind, and passengers want to be home by six.',
      'Six at the latest.',
    ]);
  });

  it('given "a quote by" a speaker no article is by, then it is her words, not "no article is by"', () => {
    const bot = new Bot(Library.create([SAIL, NOTES]));
    for (const message of ['a quote by Lena Vogt', '/quote author:ivo']) {
      const reply = bot.handle(bot.read(message));
      if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
      expect(reply.hit.passage.text).toMatch(message.includes('ivo') ? /^Yes\.|^Wind is free/u : /^Timetables/u);
    }
    expect(bot.handle(bot.read('a quote by Tom Becker')).kind).toBe('unknown-author');
  });
});

describe('small talk in a transcript', () => {
  it('given answers that only keep the talk going, then none is quoted, posted or summed up; a short answer that says something is', () => {
    const article = episode('Ferries', [
      'Rosa Hale: Lena, welcome to the show. How are you?',
      'Lena Vogt: Thank you, Rosa. Yeah.',
      'Rosa Hale: Did you ever want to leave the sea?',
      'Lena Vogt: No, no, not at all. Oh, wow. Not for a day.',
      'Rosa Hale: What do you carry most?',
      'Lena Vogt: Bicycles. Right, of course, and tourists who forget them.',
    ]);
    expect(credits(article)).toEqual([
      'Lena Vogt: Not for a day.',
      'Lena Vogt: Bicycles.',
      'Lena Vogt: Right, of course, and tourists who forget them.',
    ]);
  });
});

describe('a seminar or panel transcript whose labels give a role of any word and a name', () => {
  /** A talk's transcript as the department posts it, by `author` (the speaker's own turns are the writer's). */
  function talk(body: readonly string[], author = 'Ines Moreau'): ReturnType<typeof parseArticle> {
    const front = `---\ntitle: "Seminar: Rivers in a warming climate"\nauthor: ${author}\ndate: 2024-03-02\n---\n\n`;
    return parseArticle('talk.md', `${front}${body.join('\n\n')}\n`);
  }

  it('given "CHAIR (…):" and "AUDIENCE (…):" labels, then the speaker\'s answers are quoted, the audience\'s questions and the labels never', () => {
    const article = talk([
      'CHAIR (Paul Grant): Welcome everyone. Our speaker today is Ines Moreau.',
      'INES MOREAU: Thank you. Rivers warm faster than the air above them in summer.',
      'CHAIR (Paul Grant): We have time for questions.',
      'AUDIENCE (Nora Feld): Did you measure the shade along the banks?',
      'INES MOREAU: We did. Shade cooled the water by two degrees at noon.',
      'AUDIENCE (Sam Ortiz): Will the trout adapt?',
      'INES MOREAU: Not fast enough. Their tolerance moved by half a degree.',
    ]);
    const quoted = credits(article);
    // The speaker is the file's author: her turns are the writer's own (no name of another speaker).
    expect(quoted).toContain(': Shade cooled the water by two degrees at noon.');
    expect(quoted).toContain(': Their tolerance moved by half a degree.');
    expect(quoted.some((each) => /CHAIR|AUDIENCE|Paul Grant|Nora Feld|Sam Ortiz|shade along|trout adapt/u.test(each))).toBe(
      false,
    );
  });

  it('given "MODERATOR (…):" and "PANELLIST (…):" labels, then each panellist is credited with their own answers', () => {
    const article = talk([
      'MODERATOR (Dana Cho): What worries you most about the summer floods?',
      'PANELLIST (Ravi Shah): The sewers overflow into the river after every storm.',
      'MODERATOR (Dana Cho): And you, Ines?',
      'PANELLIST (Ines Moreau): The fish kills that follow the overflows.',
      'MODERATOR (Dana Cho): What should the city do first?',
      'PANELLIST (Ravi Shah): Separate the storm drains from the sewers.',
    ], 'Lea Brandt');
    const quoted = credits(article);
    expect(quoted).toContain('Ravi Shah: Separate the storm drains from the sewers.');
    expect(quoted).toContain('Ines Moreau: The fish kills that follow the overflows.');
    expect(quoted.some((each) => /MODERATOR|PANELLIST|Dana Cho:/u.test(each))).toBe(false);
  });
});
