import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/**
 * A podcast's transcripts, each labelled by speaker: a host and her guest (who says the thing about sourdough);
 * a host and a guest who has "opinions" on it; and a host's introduction of two guests, then their turns.
 */
const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'episode-12',
        'Episode 12: Luis Ortega on Burnout in the Kitchen',
        [
          "HOST (Maya): Welcome back. I'm Maya Chen. My guest today is Luis Ortega, who ran a kitchen in Chicago for eleven years.",
          "GUEST (Luis): Thanks for having me, Maya. It's strange to talk about it out loud.",
          'HOST (Maya): So what happened when you left?',
          'GUEST (Luis): I slept for about a month. Then I got bored and started baking bread at home.',
          'HOST (Maya): The sourdough phase.',
          "GUEST (Luis): The sourdough phase! But here's the thing about sourdough: you cannot rush it. The starter doesn't care about your ticket times.",
          'HOST (Maya): What would you tell a cook who is tired right now?',
          'GUEST (Luis): Sleep first, and decide later.',
        ],
        'Maya Chen',
        '2024-03-04',
      ),
      smallArticle(
        'episode-18',
        'Episode 18: Ines Carvalho and the Bakery Co-op',
        [
          'Maya Chen: My guest is Ines Carvalho, who runs a bakery co-op. How did it start?',
          'Ines Carvalho: Six of us and one oven, in a shop nobody wanted.',
          'Maya Chen: When we come back I want to talk about money, and about sourdough, because I know you have opinions.',
          'Ines Carvalho: [laughs] Oh, I have opinions.',
          'Maya Chen: And we are back. So, Ines, sourdough. Luis Ortega on this show said sourdough taught him patience. What does it teach you?',
          'Ines Carvalho: Honestly? That you cannot do it alone. A starter is a community of yeasts that only work together.',
        ],
        'Maya Chen',
        '2024-05-27',
      ),
      smallArticle(
        'episode-16',
        'Episode 16: Should You Quit to Follow Your Passion?',
        [
          'This week is a little different: two guests who disagree. Dr. Samuel Reyes is a labour economist. Jo Lindqvist is a career coach who left banking to start a pottery studio.',
          'MAYA: Welcome, both of you. Should people quit their jobs to follow their passion?',
          "JO: Yes, if they've done the homework. I was miserable in banking for nine years, and every year I stayed, I told myself I'd leave when it was safe.",
          'SAMUEL: I am going to push back on that, because the data are brutal. Most small creative businesses close within five years.',
          'JO: That is fair, I had savings. But economists underestimate what misery costs.',
          'MAYA: And what would you tell teenagers choosing a career?',
          'SAMUEL: Teenagers should try many small jobs before they choose one.',
          'JO: Keep a notebook of what you liked in each of them.',
        ],
        'Maya Chen',
        '2024-04-29',
      ),
    ],
    { lexicon: wordnetLexicon() },
  ),
);

const ask = (message: string) => bot.handle(bot.read(message));

/** The quote a message gets and whom it credits, or the kind of reply it is instead. */
function answer(message: string): { text: string; speaker: string | undefined } | string {
  const reply = ask(message);
  if (reply.kind !== 'quote') return reply.kind;
  return { text: reply.hit.passage.text, speaker: reply.speaker?.name };
}

describe('"who said X?" in a podcast\'s transcript', () => {
  it('given "who said the thing about sourdough?", then the passage about it, credited to the guest who said it', () =>
    expect(answer('who said the thing about sourdough?')).toEqual({
      text: "But here's the thing about sourdough: you cannot rush it.",
      speaker: 'Luis Ortega',
    }));

  it('given "who said you cannot rush it?", then those words, credited to their speaker', () =>
    expect(answer('who said you cannot rush it?')).toMatchObject({
      text: expect.stringContaining('cannot rush it'),
      speaker: 'Luis Ortega',
    }));

  it('given "who talked about sourdough?", then a passage that says it, credited to its speaker', () =>
    expect(answer('who talked about sourdough?')).toMatchObject({
      text: expect.stringMatching(/sourdough/i),
      speaker: expect.stringMatching(/^(?:Luis Ortega|Ines Carvalho)$/),
    }));

  it('given "who said that?" with no quote before it, then it is no search for "that"', () =>
    expect(answer('who said that?')).not.toMatchObject({ text: expect.any(String) }));
});

describe('"what did <speaker> say?" with no topic', () => {
  it('given a guest of the transcript, then her own turns, as her name alone finds them, not the introduction', () => {
    const byName = answer('/quote jo lindqvist');
    expect(answer('what did Jo Lindqvist say?')).toEqual(byName);
    expect(byName).toMatchObject({ speaker: 'Jo Lindqvist' });
  });

  it('given her first name only, then her turns too', () =>
    expect(answer('what did jo say?')).toMatchObject({ speaker: 'Jo Lindqvist' }));
});
