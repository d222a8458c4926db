import { describe, expect, it } from 'vitest';
import { parseIntent, type BotRequest } from '../../src/index.js';

// Each phrasing with the request it must give. Fields not listed must be absent (undefined).
const CASES: readonly (readonly [string, BotRequest])[] = [
  // summaries, with mentions of every platform
  ['@quotebot summarize', { kind: 'summary' }],
  ['<@123456789> summarize', { kind: 'summary' }],
  ['<@!123456789> summary please', { kind: 'summary' }],
  ['<@U024BE7LH> tl;dr?', { kind: 'summary', length: 'short' }],
  ['<@U024BE7LH|quotebot> TL;DR', { kind: 'summary', length: 'short' }],
  ['tl dr', { kind: 'summary', length: 'short' }],
  ['eli5', { kind: 'summary', length: 'short' }],
  ['tldr', { kind: 'summary', length: 'short' }],
  ['give me the gist', { kind: 'summary', length: 'short' }],
  ["what's it about", { kind: 'summary' }],
  ['whats it about?', { kind: 'summary' }],
  ['what is this article about?', { kind: 'summary' }],
  ['sum it up', { kind: 'summary' }],
  // the verb phrase "sum … up", whatever stands between: not small talk
  ['sum up', { kind: 'summary' }],
  ['sum it all up', { kind: 'summary' }],
  ['sum them up', { kind: 'summary' }],
  ['sum all of it up please', { kind: 'summary' }],
  ['sum everything up', { kind: 'summary', topic: 'everything' }],
  ['what is the main argument?', { kind: 'summary' }],
  ['explain the article', { kind: 'summary' }],
  ['summary of the article', { kind: 'summary' }],
  // an article named by what it is about: its summary (the Bot finds it)
  ['summary of the yukos article please', { kind: 'summary', article: 'yukos', described: true }],
  ["what's the uganda story about?", { kind: 'summary', article: 'uganda', described: true }],
  ['the wilson speech', { kind: 'summary', article: 'wilson', described: true }],
  ['that yukos article?', { kind: 'summary', article: 'yukos', described: true }],
  ["wilson's speech", { kind: 'summary', article: 'wilson', described: true }],
  ["what's wilson's speech about?", { kind: 'summary', article: 'wilson', described: true }],
  ["summarize kennedy's address", { kind: 'summary', article: 'kennedy', described: true }],
  ['what is the wilson speech about', { kind: 'summary', article: 'wilson', described: true }],
  ['summarize the article about mary poppins', { kind: 'summary', article: 'mary poppins', described: true }],
  [
    'summarize the japan article in 2 sentences',
    { kind: 'summary', sentences: 2, article: 'japan', described: true },
  ],
  [
    'tl;dr of the piece on ethiopia',
    { kind: 'summary', length: 'short', article: 'ethiopia', described: true },
  ],
  // A speech, an address or an essay is named as an article is.
  ['summarize the lincoln speech', { kind: 'summary', article: 'lincoln', described: true }],
  ['key points of the obama address', { kind: 'summary', length: 'long', article: 'obama', described: true }],
  // the whole library: "all" and "everything" alike, with no length unless one is asked for
  ['summarize all', { kind: 'summary', topic: 'all' }],
  ['summarize them all', { kind: 'summary', topic: 'all' }],
  ['summarize everything', { kind: 'summary', topic: 'everything' }],
  ['summarize everything at length', { kind: 'summary', topic: 'everything', length: 'long' }],
  ['tell me everything about the election', { kind: 'summary', topic: 'election', length: 'long' }],
  // a length phrase names no topic or article, wherever it stands
  [
    'summarize the yukos article at length',
    { kind: 'summary', length: 'long', article: 'yukos', described: true },
  ],
  [
    'summarize the fdr speech at length',
    { kind: 'summary', length: 'long', article: 'fdr', described: true },
  ],
  [
    'at length, summarize the yukos article',
    { kind: 'summary', length: 'long', article: 'yukos', described: true },
  ],
  [
    'summarize the yukos article, each paragraph',
    { kind: 'summary', length: 'long', article: 'yukos', described: true },
  ],
  [
    'give me the key points of the yukos article',
    { kind: 'summary', length: 'long', article: 'yukos', described: true },
  ],
  [
    'give me the gist of the yukos article',
    { kind: 'summary', length: 'short', article: 'yukos', described: true },
  ],
  [
    'summarize the full yukos article',
    { kind: 'summary', length: 'long', article: 'yukos', described: true },
  ],
  ['tl;dr of the yukos article', { kind: 'summary', length: 'short', article: 'yukos', described: true }],
  [
    'summarize the articles by tom reel at length',
    { kind: 'summary', topic: 'all', length: 'long', author: 'tom reel' },
  ],
  ['summarize the whole article', { kind: 'summary' }],
  ['summarize the latest article', { kind: 'summary' }],
  // author: keeps a summary to that author's articles, as it keeps a quote to them
  ['summarize author:reagan', { kind: 'summary', author: 'reagan' }],
  ['summarize the articles by BBC News', { kind: 'summary', topic: 'all', author: 'BBC News' }],
  // The name is read apart from the topic: no word of it goes on naming them.
  [
    'summarize the speeches by reagan about taxes',
    { kind: 'summary', topic: 'taxes', author: 'reagan', authorWhole: true },
  ],
  ['/summary taxes author:reagan', { kind: 'summary', topic: 'taxes', author: 'reagan' }],
  ['can you summarise this for me please', { kind: 'summary' }],
  // typos
  ['sumarize', { kind: 'summary' }],
  ['summerize pls', { kind: 'summary' }],
  ['summry', { kind: 'summary' }],
  ['tdlr', { kind: 'summary', length: 'short' }],
  ['@quotebot sumary about nukes', { kind: 'summary', topic: 'nukes' }],
  // topics and lengths
  ['summarize the part about sanctions', { kind: 'summary', topic: 'sanctions' }],
  ['what does it say about sanctions', { kind: 'summary', topic: 'sanctions' }],
  ['show me what it says about sanctions', { kind: 'summary', topic: 'sanctions' }],
  ['hey quotebot what does the article say about the election?', { kind: 'summary', topic: 'election' }],
  ['what does the author think of Kim?', { kind: 'summary', topic: 'Kim' }],
  ['can you summarise the election bit?', { kind: 'summary', topic: 'election' }],
  ['tl;dr on missiles', { kind: 'summary', topic: 'missiles', length: 'short' }],
  ['whats the gist of the missile stuff', { kind: 'summary', topic: 'missile', length: 'short' }],
  ['give me a short summary', { kind: 'summary', length: 'short' }],
  ['key points please', { kind: 'summary', length: 'long' }],
  ['summarize in detail', { kind: 'summary', length: 'long' }],
  ['summary topic:missiles length:long', { kind: 'summary', topic: 'missiles', length: 'long' }],
  ['summarize the part about sanctions in detail', { kind: 'summary', topic: 'sanctions', length: 'long' }],
  ['summary about kim, short please', { kind: 'summary', topic: 'kim', length: 'short' }],
  ['summarize the part about long-range missiles', { kind: 'summary', topic: 'long-range missiles' }],
  ['give me the long version', { kind: 'summary', length: 'long' }],
  ['tell me about the election at length', { kind: 'summary', topic: 'election', length: 'long' }],
  ['can you tell me more about kim?', { kind: 'summary', topic: 'kim' }],
  ['what do you know about the sanctions?', { kind: 'summary', topic: 'sanctions' }],
  // what the library says: a topic with no article, which a library of several articles answers as a whole
  ['summarize what the articles say about oil prices', { kind: 'summary', topic: 'oil prices' }],
  ['what do the articles say about sanctions?', { kind: 'summary', topic: 'sanctions' }],
  ['@quotebot what does the library say about the election', { kind: 'summary', topic: 'election' }],
  // an exact number of sentences
  ['summarize in 3 sentences', { kind: 'summary', sentences: 3 }],
  ['sum it up in four sentences', { kind: 'summary', sentences: 4 }],
  ['summary sentences:2 topic:missiles', { kind: 'summary', topic: 'missiles', sentences: 2 }],
  ['/summary topic:"red line"', { kind: 'summary', topic: 'red line' }],
  ['give me a quote that sums up the article', { kind: 'summary', length: 'short' }],
  // quotes
  ['quote something about kim', { kind: 'quote', query: 'kim' }],
  // a request verb among the words to quote is one of them; framing the request, it is not
  ["quote don't ask don't tell", { kind: 'quote', query: "don't ask don't tell" }],
  ['show me a quote about jobs', { kind: 'quote', query: 'jobs' }],
  ['@quotebot, quote Kim Jong-un', { kind: 'quote', query: 'Kim Jong-un' }],
  ['qoute election', { kind: 'quote', query: 'election' }],
  ['give me a quote on the red line', { kind: 'quote', query: 'red line' }],
  ['cite the part on sanctions', { kind: 'quote', query: 'sanctions' }],
  ['find a line about the pandemic', { kind: 'quote', query: 'pandemic' }],
  ['search for leverage', { kind: 'quote', query: 'leverage' }],
  ['<@123> election', { kind: 'quote', query: 'election' }],
  // A mention within the request addresses someone: its id is no word of the query.
  ['/quote <@123456> election', { kind: 'quote', query: 'election' }],
  ['quote <#C1|general> election <@U999|ann>', { kind: 'quote', query: 'election' }],
  ['/quote @everyone election', { kind: 'quote', query: 'election' }],
  ['/summary topic:"<@1> sanctions"', { kind: 'summary', topic: 'sanctions' }],
  ['red line', { kind: 'quote', query: 'red line' }],
  ['quote', { kind: 'quote', query: '' }],
  ['is there anything about covid?', { kind: 'quote', query: 'covid' }],
  // "latest": the newest article that has a passage on it (see tests/bot/two-day-story.test.ts).
  ['latest news on the dollar', { kind: 'quote', query: 'dollar', recent: true }],
  ['do you have something on house prices', { kind: 'quote', query: 'house prices' }],
  ['does the article mention the pandemic', { kind: 'quote', query: 'pandemic' }],
  // whether an article named says something: a quote of it in that article
  [
    'does the da vinci article mention the vatican?',
    { kind: 'quote', query: 'vatican', article: 'da vinci', described: true },
  ],
  [
    'Does the article about Da Vinci talk about the Vatican?',
    { kind: 'quote', query: 'Vatican', article: 'Da Vinci', described: true },
  ],
  [
    'is the vatican in the da vinci article?',
    { kind: 'quote', query: 'vatican', article: 'da vinci', described: true },
  ],
  [
    "did wilson's speech say anything about germany?",
    { kind: 'quote', query: 'germany', article: 'wilson', described: true },
  ],
  ['sanctions, search for it', { kind: 'quote', query: 'sanctions' }],
  ['anything on the election?', { kind: 'quote', query: 'election' }],
  ['got something about covid', { kind: 'quote', query: 'covid' }],
  ["what's new on north korea", { kind: 'quote', query: 'north korea' }],
  ['look for missile tests', { kind: 'quote', query: 'missile tests' }],
  // any quote: a random one
  ['random', { kind: 'quote', query: '' }],
  ['give me another one', { kind: 'quote', query: '' }],
  ["what's the quote of the day?", { kind: 'quote', query: '' }],
  ['daily quote please', { kind: 'quote', query: '' }],
  ['any good quotes today?', { kind: 'quote', query: '' }],
  // an author's quotes
  ['anything by eric ballbach?', { kind: 'quote', query: '', author: 'eric ballbach' }],
  ['quotes by Tess Ward please', { kind: 'quote', query: '', author: 'Tess Ward' }],
  ['anything by ballbach about sanctions?', { kind: 'quote', query: 'sanctions', author: 'ballbach' }],
  ['quotes by Tess Ward on covid please', { kind: 'quote', query: 'covid', author: 'Tess Ward' }],
  ['give me the line written by kim', { kind: 'quote', query: '', author: 'kim' }],
  // articles and help
  ['list articles', { kind: 'articles' }],
  ['list', { kind: 'articles' }],
  ['how many articles do you have?', { kind: 'articles', fact: 'count' }],
  ["what's the latest article?", { kind: 'articles', fact: 'newest' }],
  ['which articles mention India?', { kind: 'articles', about: 'India' }],
  ['show me articles about oil prices', { kind: 'articles', about: 'oil prices' }],
  ['who wrote the article?', { kind: 'articles' }],
  ['who wrote this?', { kind: 'articles' }],
  ['who is the author', { kind: 'articles' }],
  ["who's the author?", { kind: 'articles' }],
  ['do you know who wrote this?', { kind: 'articles' }],
  ['so who wrote it', { kind: 'articles' }],
  ['who is the author of this article', { kind: 'articles' }],
  ['what is the title of the article', { kind: 'articles' }],
  // of one article named by what it is about: the list of those about it, which says who and when
  ['who wrote the yukos article?', { kind: 'articles', about: 'yukos' }],
  ['who is the author of the beekeeping piece?', { kind: 'articles', about: 'beekeeping' }],
  ['when was the versace article published?', { kind: 'articles', about: 'versace' }],
  ['which article is about bees?', { kind: 'articles', about: 'bees' }],
  ['what article talks about coffee?', { kind: 'articles', about: 'coffee' }],
  ['when was the article about bees published', { kind: 'articles', about: 'bees' }],
  ['when was the speech about taxes given?', { kind: 'articles', about: 'taxes' }],
  ['who wrote about bees?', { kind: 'articles', about: 'bees' }],
  ['do you know who has written about the harbour', { kind: 'articles', about: 'harbour' }],
  ['when was that published?', { kind: 'articles' }],
  // an author's articles: the list of theirs (about something, if asked)
  ['list the articles by reagan', { kind: 'articles', author: 'reagan' }],
  ['what articles are there by Eric Ballbach?', { kind: 'articles', author: 'Eric Ballbach' }],
  ['which articles did reagan write', { kind: 'articles', author: 'reagan' }],
  ['which speeches did obama give about jobs?', { kind: 'articles', author: 'obama', about: 'jobs' }],
  // the same words in a statement, or of something an article tells: searched, not the list
  ['who wrote that the economy grew', { kind: 'help', unknown: 'who wrote that the economy grew' }],
  ['articles of confederation', { kind: 'help', unknown: 'articles of confederation' }],
  [
    'the woman who wrote the article about mary poppins cried',
    { kind: 'help', unknown: 'the woman who wrote the article about mary poppins cried' },
  ],
  [
    'who is the author of the da vinci code',
    { kind: 'help', unknown: 'who is the author of the da vinci code' },
  ],
  [
    'what is the title of the da vinci code sequel',
    { kind: 'help', unknown: 'what is the title of the da vinci code sequel' },
  ],
  ['when was it published?', { kind: 'articles' }],
  ["what's the title?", { kind: 'articles' }],
  ['what are the articles about?', { kind: 'articles' }],
  ['help', { kind: 'help' }],
  ['what can you do?', { kind: 'help' }],
  ['@quotebot', { kind: 'help' }],
  // daily posts are set with /daily, which help lists
  ['stop', { kind: 'help', command: 'daily' }],
  ['unsubscribe', { kind: 'help', command: 'daily' }],
  ['set a daily quote at 9am', { kind: 'help', command: 'daily', setUp: true }],
  ['please stop the daily quotes', { kind: 'help', command: 'daily' }],
  ['please stop posting every day in this channel', { kind: 'help', command: 'daily' }],
  [
    'summarize the start of daily missile launches',
    { kind: 'summary', topic: 'start daily missile launches' },
  ],
  ['', { kind: 'help' }],
  // small talk: a line of help (brief), without "I did not understand"; thanks and "ok" a line back
  ['hi', { kind: 'help', brief: true }],
  ['thanks', { kind: 'help', brief: true, chatter: 'thanks' }],
  ['Thank you!', { kind: 'help', brief: true, chatter: 'thanks' }],
  ['@quotebot hello there', { kind: 'help', brief: true }],
  ['good bot', { kind: 'help', brief: true, chatter: 'ack' }],
  ['lol', { kind: 'help', brief: true, chatter: 'ack' }],
  ['ok', { kind: 'help', brief: true, chatter: 'ack' }],
  ['ok thanks', { kind: 'help', brief: true, chatter: 'thanks' }],
  // non-requests: help that names what was not understood
  ['I love pizza and long walks', { kind: 'help', unknown: 'I love pizza and long walks' }],
  ['what time is it?', { kind: 'help', unknown: 'what time is it?' }],
  ['tell me a joke', { kind: 'help', unknown: 'tell me a joke' }],
  ['quite an interesting article', { kind: 'help', unknown: 'quite an interesting article' }],
];

const complete = (request: BotRequest): Record<string, unknown> =>
  Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));

describe('parseIntent: free-text requests to the bot', () => {
  it('has at least 30 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('given %j then the request is %j', (message, expected) => {
    expect(complete(parseIntent(message))).toEqual(expected);
  });

  it('given another bot name then that mention is stripped, and "@quotebot" is then just words', () => {
    expect(complete(parseIntent('@newsbot tldr', { botName: 'newsbot' }))).toEqual({
      kind: 'summary',
      length: 'short',
    });
    expect(
      complete(parseIntent('@NewsBot: summarize the part about sanctions', { botName: 'newsbot' })),
    ).toEqual({
      kind: 'summary',
      topic: 'sanctions',
    });
  });

  it('given a dictionary then a real word is no misspelt keyword, and a common misspelling still is', () => {
    const dictionary = new Set(['city', 'submarines', 'creation', 'gust', 'summery', 'north', 'korea']);
    const isWord = (word: string) => dictionary.has(word);
    for (const message of [
      'what city is the capital?',
      'how many submarines are there?',
      'the creation myth',
    ]) {
      expect(parseIntent(message, { isWord })).toMatchObject({ kind: 'help', unknown: message });
    }
    expect(parseIntent('gust north korea', { isWord })).toMatchObject({ kind: 'help' });
    expect(complete(parseIntent('summery please', { isWord }))).toEqual({ kind: 'summary' });
    expect(complete(parseIntent('qoute north korea', { isWord }))).toEqual({
      kind: 'quote',
      query: 'north korea',
    });
  });

  it('given the library\'s authors then "from" and "\'s" name one of them, and only them', () => {
    const isAuthor = (name: string) => ['eric ballbach', 'ballbach'].includes(name.toLowerCase());
    const read = (message: string) => complete(parseIntent(message, { isAuthor }));
    expect(read('a quote from Eric Ballbach please')).toEqual({
      kind: 'quote',
      query: '',
      author: 'Eric Ballbach',
    });
    expect(read('something from ballbach on trump')).toEqual({
      kind: 'quote',
      query: 'trump',
      author: 'ballbach',
    });
    expect(read("show me ballbach's quotes")).toEqual({ kind: 'quote', query: '', author: 'ballbach' });
    expect(read('a quote from the election part')).toEqual({ kind: 'quote', query: 'election' });
    expect(read("kim's quotes")).toEqual({ kind: 'quote', query: "kim's" });
    // Without the authors, "from" is read as before.
    expect(complete(parseIntent('something from ballbach'))).toMatchObject({ kind: 'help' });
  });

  it('given an article option in the text then the request names that article', () => {
    expect(parseIntent('summarize article:some-slug')).toMatchObject({
      kind: 'summary',
      article: 'some-slug',
    });
    expect(parseIntent('quote election article:some-slug')).toMatchObject({
      kind: 'quote',
      article: 'some-slug',
    });
  });

  it('given any message then the answer is never empty: every input maps to a request', () => {
    for (const message of ['???', '   ', '🙂', '<@1>', 'asdfghjkl qwerty zxcv', 'a'.repeat(5000)]) {
      expect(['summary', 'quote', 'help', 'articles']).toContain(parseIntent(message).kind);
    }
  });
});

describe('parseIntent: a daily post asked for in words', () => {
  it('given a request to post a quote each day or morning, then it is how to set up /daily, which does that', () => {
    for (const text of [
      'post a quote every morning',
      'send a daily quote here',
      '@quotebot can you post a quote here every morning?',
      'please send us one quote a day',
      'share a quote each weekday morning',
      'post a quote every monday',
    ])
      expect(parseIntent(text), text).toEqual({ kind: 'help', command: 'daily', setUp: true });
  });

  it('given a request to stop posting every day, then it is the whole help of /daily', () => {
    expect(parseIntent('please stop posting every day in this channel')).toEqual({
      kind: 'help',
      command: 'daily',
    });
  });

  it('given a quote asked for now, or words about mornings, then they are read as before', () => {
    expect(parseIntent('daily quote please')).toMatchObject({ kind: 'quote', query: '' });
    expect(parseIntent('post a quote about missiles')).toMatchObject({ kind: 'quote', query: 'missiles' });
    expect(parseIntent('quote every morning')).toMatchObject({ kind: 'quote' });
  });
});

describe('parseIntent: a question about the bot itself', () => {
  it.each([
    'how do I add an article',
    'how do I import an article?',
    'how do I add my own articles',
    '@quotebot how can we upload new stories?',
    'how to import',
  ])('given %j then it is how to add articles, not a search for "add"', (text) => {
    expect(parseIntent(text)).toEqual({ kind: 'help', addArticles: true });
  });

  it.each([
    ['what is a quote card?', 'quote'],
    ['how do I make a card', 'quote'],
    ['what are quote cards', 'quote'],
    ['how does the daily quote work?', 'daily'],
    ["what's a summary?", 'summary'],
    ['how do I get a summary?', 'summary'],
    ['how do I list the articles', 'articles'],
  ])('given %j then it is the help of the command that does it: /%s', (text, command) => {
    expect(parseIntent(text)).toEqual({ kind: 'help', command });
  });

  it('given a how or what question with words of the articles, or a request, then it is read as before', () => {
    expect(parseIntent('how do I get a quote about taxes?')).toMatchObject({ kind: 'quote', query: 'taxes' });
    expect(parseIntent('what is the article about?')).toEqual({ kind: 'summary' });
    expect(parseIntent('can you summarize it?')).toEqual({ kind: 'summary' });
    expect(parseIntent('what is a recession?')).toMatchObject({
      kind: 'help',
      unknown: 'what is a recession?',
    });
    expect(parseIntent('how do I use this?')).toEqual({ kind: 'help' });
  });
});

describe('parseIntent: a quote asked for as a card', () => {
  it('given a quote request that ends "as a card", then it is the quote of the words before it, as a card', () => {
    for (const message of [
      '@quotebot quote about bees as a card',
      'quote bees as a card',
      '/quote bees as a quote card please',
      'bees as a card',
    ])
      expect(parseIntent(message)).toMatchObject({ kind: 'quote', query: 'bees', card: true });
    expect(parseIntent('a random quote as an image')).toMatchObject({ kind: 'quote', query: '', card: true });
    // Another request that ends so is no card: it is read as before.
    expect(parseIntent('summarize the article as a card')).toMatchObject({ kind: 'summary' });
    expect(parseIntent('summarize the article as a card')).not.toHaveProperty('card');
  });
});

describe('parseIntent: a summary asked in a language', () => {
  const isLanguage = (words: string): boolean =>
    ['french', 'french language', 'spanish'].includes(words.toLowerCase());

  it.each([
    ['summarize the article in french', { kind: 'summary', language: 'french' }],
    ['summary in Spanish please', { kind: 'summary', language: 'Spanish' }],
    ['summarize it in the french language', { kind: 'summary', language: 'french language' }],
    ['tl;dr in french?', { kind: 'summary', length: 'short', language: 'french' }],
    ['summarize the part about taxes in french', { kind: 'summary', topic: 'taxes', language: 'french' }],
    [
      'summarize the yukos article in french',
      { kind: 'summary', article: 'yukos', described: true, language: 'french' },
    ],
  ] as const)('given %j then the language is asked for, not a topic', (message, expected) => {
    expect(parseIntent(message, { isLanguage })).toMatchObject(expected);
    expect(parseIntent(message, { isLanguage })).not.toMatchObject({
      topic: expect.stringMatching(/french|spanish/i),
    });
  });

  it('given words that name no language after "in", or no way to tell languages, then they are read as before', () => {
    expect(parseIntent('summarize the part about trade in french ports', { isLanguage })).toMatchObject({
      topic: 'trade in french ports',
    });
    expect(parseIntent('summarize the article in french')).toMatchObject({ topic: 'french' });
    // A quote is of its words: only a summary is asked in a language. Typed after "quote", they are the words
    // `/quote wine in french` searches.
    expect(parseIntent('quote wine in french', { isLanguage })).toMatchObject({
      kind: 'quote',
      query: 'wine in french',
    });
  });
});
