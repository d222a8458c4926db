import { describe, expect, it } from 'vitest';
import {
  Bot,
  CONVERSATION_LIMITS,
  Conversations,
  converse,
  Library,
  type ConversationKey,
} from '../../src/index.js';
import { loadBbcArticles } from '../helpers/bbc.js';
import { seedArticle, smallArticle } from '../helpers/content.js';
import { topicLibraryBot } from '../helpers/topic-library.js';
import { fixtureArticle } from '../summary/fixtures.js';

const key = (userId: string, channelId = 'C1', platform = 'discord'): ConversationKey => ({
  platform,
  channelId,
  userId,
});
const quoted = { followUps: undefined, quoted: undefined };

describe('Conversations: what each chat conversation remembers', () => {
  it('given a conversation kept, then it is recalled for the same platform, channel and user only', () => {
    const kept = new Conversations();
    kept.keep(key('U1'), quoted, 0);
    expect(kept.recall(key('U1'), 1000)).toBe(quoted);
    for (const other of [key('U2'), key('U1', 'C2'), key('U1', 'C1', 'slack')])
      expect(kept.recall(other, 1000)).toEqual({ followUps: undefined });
  });

  it('given a conversation left alone longer than the idle limit, then it starts anew', () => {
    const kept = new Conversations();
    kept.keep(key('U1'), quoted, 0);
    expect(kept.recall(key('U1'), CONVERSATION_LIMITS.idleMs)).toBe(quoted);
    expect(kept.recall(key('U1'), CONVERSATION_LIMITS.idleMs + 1)).toEqual({ followUps: undefined });
  });

  it('given more conversations than the limit, then the least recently used is forgotten', () => {
    const kept = new Conversations({ count: 2, idleMs: 1000 });
    kept.keep(key('U1'), quoted, 0);
    kept.keep(key('U2'), quoted, 1);
    kept.keep(key('U1'), quoted, 2);
    kept.keep(key('U3'), quoted, 3);
    expect(kept.recall(key('U1'), 4)).toBe(quoted);
    expect(kept.recall(key('U2'), 4)).toEqual({ followUps: undefined });
    expect(kept.recall(key('U3'), 4)).toBe(quoted);
  });
});

describe('converse: a chat message read in its conversation', () => {
  it('given a quote, then "next" from the same user is its next match, and from another user asks for a quote', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    const first = converse(bot, '@quotebot quote north korea', key('U1'), 0);
    const next = converse(bot, '@quotebot next', key('U1'), 1);
    expect(first).toMatchObject({ kind: 'quote', position: 0 });
    expect(next).toMatchObject({ kind: 'quote', position: 1, query: 'north korea' });
    expect(converse(bot, 'next', key('U2'), 2)).toEqual({
      kind: 'no-follow-up',
      reason: 'no-quote',
      example: 'election',
    });
    expect(converse(bot, '<@B1> who wrote it?', key('U1'), 3)).toMatchObject({
      kind: 'source',
      article: { author: 'Eric Ballbach' },
    });
  });

  it('given a quote, then "what else", "what else?" and "anything else?" are its next matches, one after another; with no quote before, they ask for one, not a search for "else"', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    converse(bot, '@quotebot quote north korea', key('U1'), 0);
    for (const [at, text] of [
      'what else',
      'what else?',
      '@quotebot anything else?',
      'so what else is there?',
    ].entries())
      expect(converse(bot, text, key('U1'), 1 + at), text).toMatchObject({
        kind: 'quote',
        position: 1 + at,
        query: 'north korea',
      });
    for (const text of ['what else', 'anything else?'])
      expect(converse(bot, text, key('U2'), 9), text).toEqual({
        kind: 'no-follow-up',
        reason: 'no-quote',
        example: 'election',
      });
  });
});

describe('converse: an aside between a quote and its follow-up', () => {
  it('given a quote, then a question about the bot or /help, then "next" goes on from the quote', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    converse(bot, '@quotebot quote north korea', key('U1'), 0);
    expect(converse(bot, 'how do I add an article', key('U1'), 1)).toMatchObject({ kind: 'help' });
    expect(converse(bot, '@quotebot help', key('U1'), 2)).toMatchObject({ kind: 'help' });
    expect(converse(bot, 'next', key('U1'), 3)).toMatchObject({
      kind: 'quote',
      position: 1,
      query: 'north korea',
    });
  });
});

describe('converse: a summary at another length', () => {
  it('given a summary, then "longer" and "shorter" from the same user are it at the next length, and from another user are read as before', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    const length = (reply: ReturnType<typeof converse>) =>
      reply.kind === 'summary' ? reply.summary.length : reply.kind;
    expect(length(converse(bot, '@quotebot summarize', key('U1'), 0))).toBe('medium');
    expect(length(converse(bot, '@quotebot longer', key('U1'), 1))).toBe('long');
    expect(length(converse(bot, '@quotebot make it shorter please', key('U1'), 2))).toBe('medium');
    expect(length(converse(bot, 'shorter', key('U1'), 3))).toBe('short');
    expect(converse(bot, 'shorter', key('U2'), 4)).toMatchObject({ kind: 'help' });
  });

  it('given a summary, then "summarize it in 2 sentences" and "in 2 sentences" are it (its article or topic) at that count, not the newest article', () => {
    const bot = topicLibraryBot();
    const shown = (reply: ReturnType<typeof converse>) =>
      reply.kind === 'summary'
        ? [reply.summary.article.slug, reply.summary.sentences.length]
        : reply.kind === 'library-summary' && reply.summary.kind === 'found'
          ? [reply.summary.topic, reply.summary.excerpts.flatMap((each) => each.sentences).length]
          : reply.kind;
    converse(bot, 'summarize the harbour article', key('U1'), 0);
    expect(shown(converse(bot, '@quotebot summarize it in 2 sentences', key('U1'), 1))).toEqual([
      'harbour-closes',
      2,
    ]);
    expect(shown(converse(bot, 'in 1 sentence', key('U1'), 2))).toEqual(['harbour-closes', 1]);
    expect(shown(converse(bot, 'make it 3 sentences please', key('U1'), 3))).toEqual(['harbour-closes', 3]);
    converse(bot, '@quotebot summary topic:harbour length:short', key('U1'), 4);
    expect(shown(converse(bot, 'in 2 sentences', key('U1'), 5))).toEqual(['harbour', 2]);
    expect(shown(converse(bot, 'can you summarize that in one sentence?', key('U1'), 6))).toEqual([
      'harbour',
      1,
    ]);
    // With no summary just before, the count is of the newest article, as before.
    expect(shown(converse(bot, 'in 2 sentences', key('U2'), 7))).toEqual(['tram-plan', 2]);
  });

  it('given a quote (no summary), then "in 2 sentences" is the quoted article at that count, as "summarize it in 2 sentences" is (new-user pass 18, #6)', () => {
    const bot = topicLibraryBot();
    const shown = (reply: ReturnType<typeof converse>) =>
      reply.kind === 'summary' ? [reply.summary.article.slug, reply.summary.sentences.length] : reply.kind;
    const quote = converse(bot, '/quote container ships', key('U3'), 0);
    expect(quote.kind === 'quote' ? quote.hit.article.slug : quote.kind).toBe('harbour-closes');
    expect(shown(converse(bot, 'in 2 sentences', key('U3'), 1))).toEqual(['harbour-closes', 2]);
    converse(bot, '/quote container ships', key('U4'), 2);
    expect(shown(converse(bot, 'summarize it in 2 sentences', key('U4'), 3))).toEqual(['harbour-closes', 2]);
  });
});

describe('converse: "what about X?" and "and X?" after an article\'s summary (new-user pass 18, #12)', () => {
  const about = (reply: ReturnType<typeof converse>) =>
    reply.kind === 'summary'
      ? [reply.summary.article.slug, reply.summary.topic, reply.summary.found]
      : reply.kind;

  it('given a summary of an article its kind or title named, then both stay in that article, and say when it does not discuss the topic', () => {
    const bot = topicLibraryBot();
    for (const [user, follow] of [
      ['W1', 'what about trams?'],
      ['W2', 'and trams?'],
    ] as const) {
      converse(bot, 'summarize the harbour article', key(user), 0);
      expect(about(converse(bot, follow, key(user), 1)), follow).toEqual(['harbour-closes', 'trams', false]);
      expect(about(converse(bot, 'and container ships?', key(user), 2))).toEqual([
        'harbour-closes',
        'container ships',
        true,
      ]);
    }
  });

  it('given "and who wrote it?" or "and another one?" after a summary, then no topic of those words', () => {
    const bot = topicLibraryBot();
    converse(bot, 'summarize the harbour article', key('W3'), 0);
    expect(converse(bot, 'and who wrote it?', key('W3'), 1).kind).not.toBe('summary');
  });
});

describe('converse: more of a summary, or of another topic', () => {
  const shown = (reply: ReturnType<typeof converse>) =>
    reply.kind === 'summary'
      ? [reply.summary.article.slug, reply.summary.topic, reply.summary.length]
      : reply.kind === 'library-summary' && reply.summary.kind === 'found'
        ? [reply.summary.topic, reply.summary.length]
        : reply.kind;

  it('given a summary, then "more" and "what else?" are it at the next length, as "longer" is', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    converse(bot, '@quotebot summarize', key('U1'), 0);
    expect(shown(converse(bot, 'more', key('U1'), 1))).toEqual([expect.any(String), null, 'long']);
    expect(converse(bot, 'more please', key('U1'), 2)).toEqual({ kind: 'no-follow-up', reason: 'longest' });
    converse(bot, 'summarize it briefly', key('U2'), 3);
    expect(shown(converse(bot, 'what else?', key('U2'), 4))).toEqual([expect.any(String), null, 'medium']);
  });

  it('given the summary of an article of one sentence, then the first "longer" says the article has only that sentence, not the same summary again', () => {
    const notice = fixtureArticle(
      'pool-closed',
      ['The Westbridge pool will be closed from 3 to 10 June while the filters are replaced.'],
      { title: 'Pool closed for repairs' },
    );
    const bot = new Bot(Library.create([notice, seedArticle()]));
    converse(bot, 'summarize the pool article', key('U1'), 0);
    expect(converse(bot, 'longer', key('U1'), 1)).toEqual({
      kind: 'no-follow-up',
      reason: 'whole-article',
      sentences: 1,
    });
    // A summary that leaves sentences out still grows.
    converse(bot, 'summarize the tides article briefly', key('U2'), 2);
    expect(converse(bot, 'longer', key('U2'), 3).kind).toBe('summary');
  });

  it('given a summary, then "and about X?" is that summary of X (across the library, or in its article), not a quote', () => {
    const bot = topicLibraryBot();
    converse(bot, '@quotebot summary topic:harbour length:short', key('U1'), 0);
    expect(shown(converse(bot, 'and about cargo ships?', key('U1'), 1))).toEqual(['cargo ships', 'short']);
    converse(bot, 'summarize the harbour article', key('U2'), 2);
    expect(shown(converse(bot, 'what about the budget?', key('U2'), 3))).toEqual([
      'harbour-closes',
      'the budget',
      'medium',
    ]);
    // With no summary before, it is read as before.
    expect(converse(bot, 'and about the tram?', key('U3'), 4).kind).not.toBe('library-summary');
  });
});

describe('converse: when and why of a quote', () => {
  it('given a quote, then "when was that?" and "when did he say that?" are its article, with its date and title', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    converse(bot, '@quotebot quote election', key('U1'), 0);
    for (const [at, text] of [
      'when was that?',
      '@quotebot when did he say that?',
      'When is it from?',
    ].entries())
      expect(converse(bot, text, key('U1'), 1 + at), text).toMatchObject({
        kind: 'source',
        article: {
          title: "Donald Trump's Own Version of Muddling Through on North Korea",
          date: '2020-05-17',
        },
      });
  });

  it('given a quote, then "why?" and "why did she say that?" are its context; with no quote before, "why?" is read as before', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    const passageOf = (reply: ReturnType<typeof converse>) =>
      reply.kind === 'quote' ? reply.hit.passage.id : reply.kind;
    const quoted = passageOf(converse(bot, '@quotebot quote election', key('U1'), 0));
    for (const [at, text] of ['why?', '@quotebot why did she say that?', 'how come?'].entries()) {
      const why = converse(bot, text, key('U1'), 1 + at);
      expect(why, text).toMatchObject({ kind: 'quote', withContext: true });
      expect(passageOf(why), text).toBe(quoted);
    }
    expect(converse(bot, 'why?', key('U2'), 5)).toMatchObject({ kind: 'help' });
  });
});

describe('converse: what else the person quoted said', () => {
  const passageOf = (reply: ReturnType<typeof converse>) =>
    reply.kind === 'quote' ? reply.hit.passage.text : reply.kind;
  const bbcBot = (slug: string) =>
    new Bot(Library.create(loadBbcArticles().filter((each) => each.slug === slug)));

  it('given a quote of someone the article names, then "what else did he say?" and "anything else from him?" are their other words there, one after another', () => {
    const bot = bbcBot('bbc-entertainment-012');
    const said = [passageOf(converse(bot, 'quote belfast not a pretty town', key('U1'), 0))];
    for (const [at, text] of ['what else did he say?', '@quotebot anything else from him?'].entries()) {
      const more = converse(bot, text, key('U1'), 1 + at);
      expect(more, text).toMatchObject({
        kind: 'quote',
        hit: { article: { slug: 'bbc-entertainment-012' } },
        saidElse: { speaker: 'Liam Neeson' },
      });
      expect(said).not.toContain(passageOf(more));
      said.push(passageOf(more));
    }
  });

  it('given "what else did he say?" then "why?" is that quote in its context, footed as theirs, not as a random quote', () => {
    const bot = bbcBot('bbc-entertainment-012');
    converse(bot, 'quote belfast not a pretty town', key('U1'), 0);
    const more = converse(bot, 'what else did he say?', key('U1'), 1);
    const why = converse(bot, 'why?', key('U1'), 2);
    expect(why).toMatchObject({ kind: 'quote', withContext: true, saidElse: { speaker: 'Liam Neeson' } });
    expect(passageOf(why)).toBe(passageOf(more));
    // Its context is shown now; the card of it is still theirs, and "next" another random quote.
    if (why.kind !== 'quote') return;
    expect(why.followUps.card).toMatchObject({ saidElse: { speaker: 'Liam Neeson' } });
    expect(why.followUps.next?.saidElse).toBeUndefined();
  });

  it('given a quotation that goes on in a sentence with no verb of its own, then "anything else from him?" is that sentence, credited to him', () => {
    const bot = new Bot(
      Library.create([
        smallArticle('ferry-strike', 'Ferry crews walk out', [
          'Crews on the island ferry walked out on Monday.',
          '"We will not sail while our pay is frozen, and the company knows it," said union organiser Tom Reid. "I am sorry for every passenger who is stranded on the mainland tonight."',
          'The company said talks would resume on Thursday.',
        ]),
      ]),
    );
    converse(bot, 'quote pay is frozen', key('U1'), 0);
    const more = converse(bot, 'anything else from him?', key('U1'), 1);
    expect(more).toMatchObject({
      kind: 'quote',
      saidElse: { speaker: 'Tom Reid' },
      speaker: { name: 'Tom Reid' },
    });
    expect(passageOf(more)).toBe('"I am sorry for every passenger who is stranded on the mainland tonight."');
  });

  it('given the only words an article quotes someone saying, then "what else did she say?" says that is all', () => {
    const bot = bbcBot('bbc-business-003');
    converse(bot, 'quote pledged assets real money', key('U1'), 0);
    expect(converse(bot, 'what else did she say?', key('U1'), 1)).toEqual({
      kind: 'no-follow-up',
      reason: 'nothing-else',
      speaker: 'Jamie Firestone',
    });
  });

  it('given a quote of the writer\'s own words, then "what else did he say?" is another quote of that article; with no quote before, it asks for one', () => {
    const bot = new Bot(Library.create([seedArticle()]));
    const first = passageOf(converse(bot, '@quotebot quote election', key('U1'), 0));
    const more = converse(bot, 'what else did he say?', key('U1'), 1);
    expect(more).toMatchObject({
      kind: 'quote',
      saidElse: {},
      hit: { article: { author: 'Eric Ballbach' } },
    });
    expect(passageOf(more)).not.toBe(first);
    expect(converse(bot, 'what else did he say?', key('U2'), 2)).toEqual({
      kind: 'no-follow-up',
      reason: 'no-quote',
      example: 'election',
    });
  });
});
