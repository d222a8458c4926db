import { describe, expect, it } from 'vitest';
import { Bot, Library, resolveCommandText, summaryCommand, type Caller } from '../../src/index.js';
import { loadBbcArticles } from '../../bench/bbc-corpus.js';
import { bbcLibrary } from '../helpers/bbc.js';
import { HARBOUR, topicLibraryBot } from '../helpers/topic-library.js';

const bot = topicLibraryBot();
const caller: Caller = { platform: 'terminal', channelId: '', workspaceId: null, userId: null };

describe('Bot: /summary across the library', () => {
  it('given a topic and no article in a library of several then it answers what the articles say, grouped, most relevant first', () => {
    const reply = bot.handle({ kind: 'summary', topic: 'harbour' });
    expect(reply.kind).toBe('library-summary');
    if (reply.kind !== 'library-summary' || reply.summary.kind !== 'found') throw new Error('not found');
    const slugs = reply.summary.excerpts.map((excerpt) => excerpt.article.slug);
    expect(slugs[0]).toBe('harbour-closes');
    expect(slugs).toContain('ferries-stay');
    expect(slugs).not.toContain('tram-plan');
    const first = reply.summary.excerpts[0]!;
    expect(first.article).toMatchObject({
      title: HARBOUR.meta.title,
      author: 'Jo Reporter',
      date: '2024-02-03',
      url: 'https://example.org/harbour',
    });
    for (const { sentences } of reply.summary.excerpts)
      for (const sentence of sentences) expect(sentence.text).toMatch(/harbour/i);
  });

  it('given a topic only one article discusses and its title names ("summarize uganda"), then that article is summarised whole', () => {
    const reply = new Bot(bbcLibrary()).handle({ kind: 'summary', topic: 'uganda' });
    expect(reply).toMatchObject({
      kind: 'summary',
      summary: { article: { title: 'Uganda bans Vagina Monologues' } },
    });
    if (reply.kind !== 'summary') throw new Error(reply.kind);
    expect(reply.summary.topic).toBeNull();
    // Another word of its title does too; a name only its text has is what the library says about it.
    expect(new Bot(bbcLibrary()).handle({ kind: 'summary', topic: 'monologues' }).kind).toBe('summary');
    expect(new Bot(bbcLibrary()).handle({ kind: 'summary', topic: 'ensler' }).kind).toBe('library-summary');
  });

  it('given a topic no article discusses then the reply says so as a value', () => {
    const reply = bot.handle({ kind: 'summary', topic: 'bitcoin' });
    expect(reply).toMatchObject({
      kind: 'library-summary',
      summary: { kind: 'not-discussed', topic: 'bitcoin' },
    });
  });

  it('given sentences:N with a library topic then at most N sentences are chosen across the library', () => {
    const reply = bot.handle({ kind: 'summary', topic: 'harbour', sentences: 1 });
    if (reply.kind !== 'library-summary' || reply.summary.kind !== 'found') throw new Error('not found');
    expect(reply.summary.excerpts.flatMap((excerpt) => excerpt.sentences)).toHaveLength(1);
  });

  it('given a topic with an article named, or a library of one, then it summarises that one article', () => {
    expect(bot.handle({ kind: 'summary', topic: 'harbour', article: 'ferries-stay' }).kind).toBe('summary');
    expect(new Bot(Library.create([HARBOUR])).handle({ kind: 'summary', topic: 'harbour' }).kind).toBe(
      'summary',
    );
  });

  it('given "/summary sentences:3" then the request asks for exactly 3 and the summary has 3 sentences', () => {
    const resolved = resolveCommandText(summaryCommand, 'sentences:3 article:harbour-closes', caller);
    expect(resolved).toMatchObject({ kind: 'request', request: { kind: 'summary', sentences: 3 } });
    const reply = bot.handle({ kind: 'summary', article: 'harbour-closes', sentences: 3 });
    if (reply.kind !== 'summary') throw new Error(reply.kind);
    expect(reply.summary.sentences).toHaveLength(3);
  });

  it('given sentences outside 1–50 then the command is a usage error that names the option', () => {
    for (const text of ['sentences:0', 'sentences:51', 'sentences:two'])
      expect(resolveCommandText(summaryCommand, text, caller)).toMatchObject({
        kind: 'usage-error',
        option: 'sentences',
      });
  });
});

describe('Bot: a summary of an article named in chat', () => {
  const news = new Bot(bbcLibrary());
  const summarised = (message: string): string => {
    const reply = news.handle(news.read(message));
    if (reply.kind !== 'summary') throw new Error(`${message}: expected a summary, got ${reply.kind}`);
    return reply.summary.article.title;
  };

  it('given the article named by what it is about, by a word of its title or by its title then that article is summarised', () => {
    expect(summarised('summarize the article about mary poppins')).toBe('Poppins musical gets flying start');
    expect(summarised('summary of the yukos article please')).toBe('Yukos unit buyer faces loan claim');
    expect(summarised('summarize the BA article')).toBe("High fuel prices hit BA's profits");
    expect(summarised('give me a summary of japan narrowly escapes recession')).toBe(
      'Japan narrowly escapes recession',
    );
  });

  it('given /summary with a topic that only names an article ("the yukos article") then that article is summarised', () => {
    for (const topic of ['the yukos article', 'that yukos story']) {
      const reply = news.handle({ kind: 'summary', topic, length: 'short' });
      expect(reply.kind, topic).toBe('summary');
      if (reply.kind === 'summary')
        expect(reply.summary.article.title).toBe('Yukos unit buyer faces loan claim');
    }
    expect(news.handle({ kind: 'summary', topic: 'the unicorn article', length: 'short' })).toMatchObject({
      kind: 'unknown-article',
      article: 'unicorn',
    });
  });

  it("given a mention in a summary's topic then it is no word of it", () => {
    for (const topic of ['@bob the yukos article', '<@123> the yukos article']) {
      const reply = news.handle({ kind: 'summary', topic, length: 'short' });
      expect(reply.kind, topic).toBe('summary');
      if (reply.kind === 'summary')
        expect(reply.summary.article.title).toBe('Yukos unit buyer faces loan claim');
    }
  });

  it('given an article no passage is about then the reply says there is no such article', () => {
    expect(news.handle(news.read('summarize the article about unicorns'))).toMatchObject({
      kind: 'unknown-article',
      article: 'unicorns',
    });
  });

  it('given no article named in a library of several then the newest is summarised, and the reply says so', () => {
    expect(news.handle({ kind: 'summary' })).toMatchObject({ kind: 'summary', newest: true });
    expect(news.handle({ kind: 'summary', article: 'yukos' })).not.toHaveProperty('newest');
  });

  it('given "the part about" a topic then it is still what the library says about it', () => {
    expect(news.handle(news.read('summarize the part about oil prices')).kind).toBe('library-summary');
  });
});

describe('Bot: a summary of the whole library', () => {
  const overview = (text: string) => {
    const reply = bot.handle(bot.read(text));
    if (reply.kind !== 'library-summary' || reply.summary.kind !== 'found') throw new Error(reply.kind);
    return reply.summary;
  };

  it('given "summarize all the articles" in a library of several then each article answers in a sentence, newest first', () => {
    for (const text of [
      'summarize all the articles',
      'tl;dr of the whole library',
      'summarize all of them',
    ]) {
      const summary = overview(text);
      expect(summary.topic).toBe('');
      expect(summary.overviewOf).toBe(3);
      expect(summary.excerpts.map((excerpt) => excerpt.article.slug)).toEqual([
        'tram-plan',
        'ferries-stay',
        'harbour-closes',
      ]);
      for (const { sentences } of summary.excerpts) expect(sentences).toHaveLength(1);
    }
    // `/summary all` too; a length or a count says how many articles.
    expect(bot.handle({ kind: 'summary', topic: 'all', sentences: 2 })).toMatchObject({
      kind: 'library-summary',
      summary: {
        overviewOf: 3,
        excerpts: [{ article: { slug: 'tram-plan' } }, { article: { slug: 'ferries-stay' } }],
      },
    });
  });

  // `/summary all` is the request { topic: 'all' }; the rest are read as typed.
  const overviewIn = (library: Bot, text: string) => {
    const reply = library.handle(
      text === '/summary all' ? { kind: 'summary', topic: 'all' } : library.read(text),
    );
    if (reply.kind !== 'library-summary' || reply.summary.kind !== 'found') throw new Error(reply.kind);
    return reply.summary;
  };

  it('given a library of few enough articles to read then "all", "everything" and /summary all give every one of them in a sentence; a short one the newest 3', () => {
    const few = new Bot(Library.create(loadBbcArticles().slice(0, 8)));
    for (const text of [
      'summarize all the articles',
      'summarize everything',
      'give me a summary of everything',
      'summarize all',
      'summarize them all',
      '/summary all',
    ]) {
      const summary = overviewIn(few, text);
      expect(summary.overviewOf, text).toBe(8);
      expect(summary.excerpts, text).toHaveLength(8);
    }
    expect(overviewIn(few, 'tl;dr of the whole library').excerpts).toHaveLength(3);
  });

  it('given a library too large to read whole then "all" and "everything" give the same newest few, and "at length" more', () => {
    const many = new Bot(bbcLibrary());
    const all = overviewIn(many, 'summarize all the articles');
    expect(all.overviewOf).toBe(40);
    expect(all.excerpts).toHaveLength(5);
    expect(overviewIn(many, 'summarize everything')).toEqual(all);
    expect(overviewIn(many, '/summary all')).toEqual(all);
    expect(overviewIn(many, 'summarize everything at length').excerpts).toHaveLength(12);
  });

  it('given all the articles about a topic, or a library of one, then it is that topic, or that one article', () => {
    expect(bot.handle(bot.read('summarize all the articles about the harbour'))).toMatchObject({
      kind: 'library-summary',
      summary: { kind: 'found', topic: 'harbour' },
    });
    const one = new Bot(Library.create([HARBOUR]));
    expect(one.handle(one.read('summarize all the articles'))).toMatchObject({
      kind: 'summary',
      summary: { topic: null, article: { slug: 'harbour-closes' } },
    });
  });
});

describe('Bot: a library summary of a mistyped topic', () => {
  it('given a topic with a typo the library reads as a word of its own, then the summary is said to be about that word', () => {
    const reply = bot.handle({ kind: 'summary', topic: 'habrour' });
    expect(reply).toMatchObject({ kind: 'library-summary', summary: { kind: 'found', topic: 'harbour' } });
  });
});
