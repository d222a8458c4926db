import { describe, expect, it } from 'vitest';
import { Bot, converse, Library, parseArticle, type ConversationKey } from '../../src/index.js';
import { roleAsked } from '../../src/bot/role-asked.js';
import { problemWords } from '../../adapters/shared/wording.js';
import { TERMINAL_WORDING } from '../../adapters/terminal/terminal-style.js';

/** A podcast's transcript as the host publishes it: the host is the file's author. */
function episode(slug: string, title: string, body: readonly string[], date = '2024-05-01') {
  const front = `---\ntitle: "${title}"\nauthor: Rosa Hale\npublication: Night Kitchen Radio\ndate: ${date}\n---\n\n`;
  return parseArticle(`${slug}.md`, `${front}${body.join('\n\n')}\n`);
}

/** Two episodes: an interview in "[00:01:02] Guest:" labels, and the host with a co-host. */
const bot = new Bot(
  Library.create([
    episode('ep1', 'Episode 1: Why Night Owls Sleep Late', [
      'Our guest this week is sleep researcher Dr. Tom Becker.',
      '[00:00:04] Rosa: Tom, welcome. Is being a night owl a choice?',
      '[00:00:09] Guest: Mostly not. Teenagers drift later, and people in their sixties drift earlier.',
      '[00:01:02] Rosa: So teenagers are not lazy, then?',
      '[00:01:08] Guest: No. Calling a teenager lazy for sleeping until ten is like calling them lazy for being tall.',
      '[00:02:40] Rosa: And naps?',
      '[00:02:44] Guest: Naps are great if they are short, twenty minutes before three in the afternoon.',
    ]),
    episode(
      'ep2',
      'Episode 2: Mailbag',
      [
        'Rosa Hale and co-host Omar Price read your letters.',
        'Rosa: Teenagers wrote in more than anyone this month, which we love.',
        'Omar: Mostly teenagers who sleep until noon and want us to tell their parents it is fine.',
        'Rosa: Naps came up too, and I stand by my twenty minutes.',
        'Omar: I nap for two hours and I regret nothing.',
      ],
      '2024-05-08',
    ),
  ]),
);

const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

function quoted(message: string, at: number): string {
  const reply = converse(bot, message, { ...key, userId: `U${at}` }, at);
  if (reply.kind !== 'quote') throw new Error(reply.kind);
  return reply.hit.passage.text;
}

describe('"what did the guest say about X?"', () => {
  it('given a guest labelled "Guest:" who speaks of teenagers, then the guest\'s words on them, not the host\'s', () =>
    expect(quoted('what did the guest say about teenagers?', 100)).toBe(
      'Teenagers drift later, and people in their sixties drift earlier.',
    ));

  it('given "the guests" and another topic, then the guests\' words on it', () =>
    expect(quoted('what did the guests say about naps?', 200)).toBe(
      'Naps are great if they are short, twenty minutes before three in the afternoon.',
    ));

  it("given \"next\", then the guest's other words on teenagers, never a host's or a co-host's", () => {
    const user = { ...key, userId: 'U300' };
    converse(bot, 'what did the guest say about teenagers?', user, 300);
    const next = converse(bot, 'next', user, 301);
    if (next.kind !== 'quote') throw new Error(next.kind);
    expect(next.hit.passage.slug).toBe('ep1');
    expect(next.matches).toBe(2);
  });
});

describe('"what did the host say about X?"', () => {
  it("given a host and a co-host talking of naps, then one of theirs, not the guest's", () => {
    const reply = converse(bot, 'what did the host say about naps?', { ...key, userId: 'U400' }, 400);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.hit.passage.slug).toBe('ep2');
  });

  it("given a co-host's words, then they are credited to him plainly, not as an interview", () => {
    const reply = converse(bot, 'what did the host say about teenagers?', { ...key, userId: 'U500' }, 500);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.hit.passage.slug).toBe('ep2');
    if (reply.speaker !== undefined) expect(reply.speaker.as).toBe('speaker');
  });
});

describe('"what did the guest say about X?" of words only others say', () => {
  it('given passages on regret that no guest says, then the reply says the guests do not talk about it', () => {
    const reply = converse(bot, 'what did the guest say about regret?', { ...key, userId: 'U800' }, 800);
    expect(reply).toMatchObject({ kind: 'no-match', role: 'guest', query: 'regret' });
    if (reply.kind !== 'no-match') return;
    expect(problemWords(TERMINAL_WORDING, reply)).toBe(
      'No guest here talks about “regret”; /quote regret finds what others say of it.',
    );
  });
});

describe('"what did the guest say?" as a follow-up', () => {
  it("given a quote of an episode, then the guest's words in that episode, the longer first", () => {
    const user = { ...key, userId: 'U600' };
    converse(bot, '/quote night owl choice', user, 600);
    const reply = converse(bot, 'what did the guest say?', user, 601);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.hit.passage.slug).toBe('ep1');
    expect(reply.speaker?.name).toBe('Tom Becker');
  });

  it('given "what did the guest say about it?" after a quote of naps, then the guest\'s words on naps', () => {
    const user = { ...key, userId: 'U700' };
    converse(bot, '/quote naps', user, 700);
    const reply = converse(bot, 'what did the guest say about it?', user, 701);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.hit.passage.slug).toBe('ep1');
  });
});

describe('reading a question about a guest or host', () => {
  it('given the forms people type, then the part and the words', () => {
    expect(roleAsked('what did the guest say about teenagers?')).toEqual({
      role: 'guest',
      about: 'teenagers',
      pointsBack: false,
    });
    expect(roleAsked('anything from the guest about employers?')?.about).toBe('employers');
    expect(roleAsked('What does the host think of naps')?.role).toBe('host');
    expect(roleAsked('what did the guest say about it?')).toEqual({
      role: 'guest',
      about: undefined,
      pointsBack: true,
    });
    expect(roleAsked('what did ines say about burnout?')).toBeUndefined();
  });
});

describe('"what did the host say about X?" of a host who also writes', () => {
  it("given the host's own post on X and a guest who speaks of X, then the host's post, not the guest", () => {
    const writing = new Bot(
      Library.create([
        episode('ep1', 'Episode 1: Night Shifts', [
          'Rosa: Welcome. What is the hardest part of a night shift?',
          'Guest: The commute home, when everyone else is going to work and you feel like a ghost.',
          'Rosa: And sleep?',
          'Guest: Blackout curtains, and the phone in another room.',
        ]),
        episode('post', 'Why we talk about night shifts', [
          'Night shifts keep hospitals, bakeries and trains running, and we rarely thank the people who work them.',
        ]),
      ]),
    );
    const reply = converse(writing, 'what did the host say about night shifts?', key, 900);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.hit.passage.slug).toBe('post');
  });
});

describe('"what did the guest say about X?" of a library with no transcript or interview', () => {
  const letters = new Bot(
    Library.create([
      parseArticle(
        'harbour-letter.md',
        '---\ntitle: Letter to the Harbour Council\nauthor: Ada Marsh\npublication: Letters\ndate: 2023-02-01\n---\n\nWe ask the council to keep the harbour lights burning through the winter.\n\nThe boats need the lights to come home.\n',
      ),
    ]),
  );

  it("given no article with speakers' turns, then the reply says there are no guests here and offers /quote, not that no guest talks about it", () => {
    for (const [text, role] of [
      ['what did the guest say about harbour?', 'guest'],
      ['what did the host say about harbour?', 'host'],
    ] as const) {
      const reply = converse(letters, text, { ...key, userId: 'U900' }, 900);
      expect(reply).toMatchObject({ kind: 'no-match', role, noTurns: true });
      if (reply.kind !== 'no-match') continue;
      expect(problemWords(TERMINAL_WORDING, reply)).toBe(
        `There are no ${role}s here: no article is a transcript or an interview. /quote harbour finds what the texts say about “harbour”.`,
      );
    }
  });
});
