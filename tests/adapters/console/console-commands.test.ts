import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { answerLine, requestFromLine, runConsoleChat } from '../../../adapters/console/console-chat.js';
import { en } from '../../../adapters/shared/wording.js';
import { TERMINAL_WORDING } from '../../../adapters/terminal/terminal-style.js';
import { Bot, Library, parseArticle } from '../../../src/index.js';
import { loadBbcArticles } from '../../helpers/bbc.js';
import { smallArticle } from '../../helpers/content.js';
import { wordnetLexicon } from '../../helpers/lexicon.js';
import { topicLibraryBot } from '../../helpers/topic-library.js';

const bot = topicLibraryBot();
const ask = (line: string) => answerLine(bot, line, { followUps: undefined }, { color: false });

describe('console chat: command lines', () => {
  it('given "exit", "quit", "/quit" or ":q" then the chat ends there, as a shell does', async () => {
    for (const leave of ['exit', 'quit', '/quit', '/exit', ':q', ' QUIT ']) {
      const output = new PassThrough();
      let said = '';
      output.on('data', (chunk: Buffer) => (said += chunk.toString()));
      const input = PassThrough.from([`/quote old harbour\n${leave}\n/quote ferries\n`]);
      await runConsoleChat(bot, input, output, { color: false }, false);
      expect(said).toContain('Jo Reporter');
      expect(said).not.toMatch(/berths|No passage|quit/i);
    }
  });

  it('given piped input, then each reply is followed by a blank line, so that one reply does not run into the next', async () => {
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const input = PassThrough.from(['/quote old harbour\n/quote zzzzqqq\n']);
    await runConsoleChat(bot, input, output, { color: false }, false);
    const replies = said.split('\n\n');
    expect(replies).toHaveLength(3);
    expect(replies[0]).toContain('Jo Reporter');
    expect(replies[1]).toMatch(/^No passage matches/);
    expect(replies[2]).toBe('');
  });

  it('given a search that finds nothing after a quote, then "next" and "/context" still go on from that quote', async () => {
    const state = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    expect(await say('/quote old harbour')).toContain('Jo Reporter');
    expect(await say('/quote zzzzqqq')).toMatch(/^No passage matches/);
    expect(await say('/context')).not.toMatch(/Ask for a quote first/);
    expect(await say('next')).not.toMatch(/Ask for a quote first/);
  });

  it('given a line the bot fails on, then it apologises, the error goes to stderr, and the next line is answered', async () => {
    const library = topicLibraryBot().library;
    let failNext = false;
    const failing = new Bot({
      get current() {
        if (failNext) {
          failNext = false;
          throw new Error('the library broke');
        }
        return library;
      },
    });
    failNext = true;
    const output = new PassThrough();
    const errors = new PassThrough();
    let said = '';
    let logged = '';
    output.on('data', (chunk: Buffer) => (said += chunk.toString()));
    errors.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    const input = PassThrough.from(['/quote old harbour\n/quote old harbour\n']);
    await runConsoleChat(failing, input, output, { color: false }, false, errors);
    expect(said).toContain(en.failure);
    expect(said).toContain('Jo Reporter');
    expect(logged).toContain('the library broke');
  });

  it('given a fenced code block pasted, then its lines are one message, answered once with a line, not the help or a search', async () => {
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const input = PassThrough.from(['```\ncode block\n```\n/quote old harbour\n```ts\nnever closed\n']);
    await runConsoleChat(bot, input, output, { color: false }, false);
    const lines = said.trim().split('\n');
    expect(lines[0]).toMatch(/^Ask me for a quote \(\/quote \S+\) or a summary/);
    expect(said).not.toMatch(/Commands:|No passage|code block|never closed/);
    expect(said).toContain('Jo Reporter');
    expect(lines.at(-1)).toBe(lines[0]);
  });

  it('given a stack trace pasted, then its lines are one message answered once, and the line typed after it its own', async () => {
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const trace = [
      'TypeError: Cannot read properties of undefined (reading "rows")',
      '    at Query.handleReadyForQuery (/srv/api/node_modules/pg/lib/query.js:138:14)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    ];
    const input = PassThrough.from([`${trace.join('\n')}\n/quote old harbour\n`]);
    await runConsoleChat(bot, input, output, { color: false }, false);
    const replies = said.trim().split('\n\n');
    expect(replies).toHaveLength(2);
    expect(replies[1]).toContain('Jo Reporter');
  });

  it('given lines that reach a terminal together, as a paste does, then they are one message; typed apart, each is its own', async () => {
    const answers = async (chunks: readonly string[]): Promise<number> => {
      const input = new PassThrough();
      const output = new PassThrough();
      let said = '';
      output.on('data', (chunk: Buffer) => (said += chunk.toString()));
      const done = runConsoleChat(bot, input, output, { color: false }, true);
      for (const chunk of chunks) {
        input.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      input.end();
      await done;
      return (said.match(/Jo Reporter/g) ?? []).length;
    };
    expect(await answers(['/quote old harbour\n/quote old harbour\n'])).toBeLessThan(2);
    expect(await answers(['/quote old harbour\n', '/quote old harbour\n'])).toBe(2);
  });

  it('given "who wrote that?" after a quote, then the reply names its article, and with no quote before it lists them', async () => {
    const state = { followUps: undefined };
    expect(await answerLine(bot, 'who wrote that?', state, { color: false })).toMatch(/^Articles/);
    const quote = (await answerLine(bot, '/quote old harbour', state, { color: false }))!;
    expect(quote).toContain('Jo Reporter');
    for (const line of ['who wrote that?', 'when was it published?', 'what article is that from?'])
      expect(await answerLine(bot, line, state, { color: false })).toMatch(
        /^From “.+”, by Jo Reporter, Eastham News, \d{4}-\d{2}-\d{2} \(.+\)\.$/,
      );
  });

  it('given "who wrote it?" after a summary, then the reply names the article just summarised, not an earlier quote’s', async () => {
    const state = { followUps: undefined };
    await answerLine(bot, '/quote old harbour', state, { color: false });
    expect(await answerLine(bot, '/summary article:tram-plan', state, { color: false })).toContain(
      'Council backs tram plan',
    );
    for (const line of ['who wrote it?', 'who wrote that?', 'who said that?'])
      expect(await answerLine(bot, line, state, { color: false })).toMatch(
        /^From “Council backs tram plan”, by Ali Critic, /,
      );
    // A summary of several articles is about none of them alone: "who wrote it?" lists the articles.
    await answerLine(bot, '/summary topic:harbour', state, { color: false });
    expect(await answerLine(bot, 'who wrote it?', state, { color: false })).toMatch(/^Articles/);
  });

  it('given "summarize it" after a quote, then the summary is of the article quoted, not the newest', async () => {
    const state = { followUps: undefined };
    await answerLine(bot, '/quote old harbour', state, { color: false });
    for (const line of [
      'summarize it',
      '@quotebot summarize that article in 2 sentences',
      'what is it about?',
      'summarize this story',
    ]) {
      const summary = (await answerLine(bot, line, state, { color: false }))!;
      expect(summary).toMatch(/^Summary of “Eastham port to close old harbour to cargo ships”/);
      expect(summary).not.toContain('newest');
    }
    expect(await answerLine(bot, 'summarize that article in 2 sentences', state, { color: false })).toMatch(
      /^Summary of .*\n.*\n.*$/,
    );
    // With no word pointing back, a summary is still the newest article's.
    expect(await answerLine(bot, 'summarize', state, { color: false })).toMatch(
      /^Summary of “Council backs tram plan”/,
    );
  });

  it('given "who said that?" after a quote that names who said it, then the reply is that person, where the article quotes them', async () => {
    const said = new Bot(
      Library.create([
        smallArticle('fuel', 'Fuel prices hit profits', [
          '"These results are respectable," chief executive Rod Eddington said.',
          'Fuel costs rose by a third over the year.',
        ]),
      ]),
    );
    const state = { followUps: undefined };
    await answerLine(said, '/quote respectable', state, { color: false });
    expect(await answerLine(said, 'who said that?', state, { color: false })).toMatch(
      /^Rod Eddington, as quoted in “Fuel prices hit profits”, by Tess Ward, /,
    );
    expect(await answerLine(said, 'who wrote that?', state, { color: false })).toMatch(
      /^From “Fuel prices hit profits”, by Tess Ward/,
    );
    await answerLine(said, '/quote fuel costs', state, { color: false });
    expect(await answerLine(said, 'who said that?', state, { color: false })).toMatch(
      /^From “Fuel prices hit profits”/,
    );
  });

  it('given "who said that?" after a sentence that starts with what the speaker does, then the reply is their name alone', async () => {
    const school = new Bot(
      Library.create(
        [
          smallArticle('school', 'Village school to close', [
            'Teacher Joan Pike said the village school would close in July.',
            'Parents plan a protest.',
          ]),
        ],
        { lexicon: wordnetLexicon() },
      ),
    );
    const state = { followUps: undefined };
    await answerLine(school, '/quote village school close', state, { color: false });
    expect(await answerLine(school, 'who said that?', state, { color: false })).toMatch(
      /^Joan Pike, as quoted in “Village school to close”/,
    );
  });

  it('given "who said that?" after a sentence of a quotation that names its speaker further on, or just before, then the reply is that speaker', async () => {
    const paragraph = [
      '"There is no doubt that this selection of novels is the best yet.',
      'If anything, the choice is even wider than last time," said Richard Madeley.',
      '"It was very hard to follow last year," said producer Amanda Ross.',
      '"We were spoiled for choice and getting down to ten was tough."',
    ].join(' ');
    const books = new Bot(
      Library.create([
        parseArticle(
          'books.md',
          `---\ntitle: Book club picks\nauthor: Tess Ward\npublication: Coast Weekly\ndate: 2024-03-01\n---\n\n${paragraph}\n\nThe list is out on Monday.\n`,
        ),
      ]),
    );
    const state = { followUps: undefined };
    for (const [quote, speaker] of [
      ['selection of novels best yet', 'Richard Madeley'],
      ['spoiled for choice', 'Amanda Ross'],
    ]) {
      await answerLine(books, `/quote ${quote}`, state, { color: false });
      expect(await answerLine(books, 'who said that?', state, { color: false })).toMatch(
        new RegExp(`^${speaker}, as quoted in “Book club picks”`),
      );
    }
    await answerLine(books, '/quote list out monday', state, { color: false });
    expect(await answerLine(books, 'who said that?', state, { color: false })).toMatch(
      /^From “Book club picks”/,
    );
  });

  it('given "who said that?" after BBC quotes whose speaker follows a description, is "he", or "described" the book, then the reply is that person', async () => {
    const bbc = new Bot(
      Library.create(
        loadBbcArticles().filter((each) => ['bbc-business-003', 'bbc-entertainment-009'].includes(each.slug)),
      ),
    );
    for (const [quote, speaker] of [
      ['pledged assets real money', 'Jamie Firestone'],
      ['evidence for jesus astonishingly good', 'The Bishop'],
      ['great thriller lousy history', 'The Rt Rev Dr Tom Wright'],
    ]) {
      const state = { followUps: undefined };
      await answerLine(bbc, `/quote ${quote}`, state, { color: false });
      expect(await answerLine(bbc, 'who said that?', state, { color: false })).toMatch(
        new RegExp(`^${speaker}, as quoted in `),
      );
    }
  });

  it('given "who said that?" after BBC quotes whose speaker comes before a description of them, or is described in a run of quotations, then the reply is that person; and of words the article names no one for, it says so', async () => {
    const slugs = ['bbc-business-004', 'bbc-business-015', 'bbc-entertainment-012', 'bbc-business-001'];
    const bbc = new Bot(Library.create(loadBbcArticles().filter((each) => slugs.includes(each.slug))));
    const who = async (quote: string): Promise<string | undefined> => {
      const state = { followUps: undefined };
      await answerLine(bbc, `/quote ${quote}`, state, { color: false });
      return answerLine(bbc, 'who said that?', state, { color: false });
    };
    expect(await who('results respectable third quarter')).toMatch(
      /^Rod Eddington, as quoted in “High fuel prices/,
    );
    expect(await who('EC advice misleads customers')).toMatch(/^Andy Clarke, as quoted in /);
    expect(await who('belfast not a pretty town')).toMatch(/^Liam Neeson, as quoted in “Neeson in bid/);
    expect(await who('unable to estimate legal reserves')).toMatch(
      /^The article does not say who said that\. It is from “.+”, by BBC News, /,
    );
  });

  it('given "who said that?" after BBC quotes whose speaker the article describes rather than names, then the reply is the person named just before, or the description', async () => {
    const slugs = ['bbc-entertainment-012', 'bbc-entertainment-013'];
    const bbc = new Bot(
      Library.create(
        loadBbcArticles().filter((each) => slugs.includes(each.slug)),
        { lexicon: wordnetLexicon() },
      ),
    );
    const who = async (quote: string): Promise<string | undefined> => {
      const state = { followUps: undefined };
      await answerLine(bbc, `/quote ${quote}`, state, { color: false });
      return answerLine(bbc, 'who said that?', state, { color: false });
    };
    expect(await who('ridgeway street dilapidated condition')).toMatch(
      /^Liam Neeson, as quoted in “Neeson in bid/,
    );
    expect(await who('impressive readable piece of scholarship')).toMatch(
      /^The judges, as quoted in “Levy takes/,
    );
    expect(await who('didactic preachy prospect')).toMatch(/^The judges, as quoted in “Levy takes/);
  });

  it('given "who said that?" after a BBC quote of an organisation named by words joined by "of", then the reply is the whole name', async () => {
    const bbc = new Bot(Library.create(loadBbcArticles().filter((each) => each.slug === 'bbc-business-014')));
    const state = { followUps: undefined };
    await answerLine(bbc, '/quote stood strongly behind the journalists', state, { color: false });
    expect(await answerLine(bbc, 'who said that?', state, { color: false })).toMatch(
      /^The National Union of Journalists, as quoted in “Telegraph newspapers axe 90 jobs”/,
    );
  });

  it('given "who said that?" after the words of "the X of Y", an organisation, before or after the verb, then the reply is the whole name; of someone who works there, it says the article does not say who', async () => {
    const bank = new Bot(
      Library.create([
        smallArticle('rates', 'Rates held at four percent', [
          'The Bank of England said interest rates would stay at four percent until the spring.',
          '"Inflation is falling faster than we expected," said the Bank of England.',
          'An economist at the Bank of England said mortgage lenders had already cut their offers.',
          'House prices rose in every region.',
        ]),
      ]),
    );
    const who = async (quote: string): Promise<string | undefined> => {
      const state = { followUps: undefined };
      await answerLine(bank, `/quote ${quote}`, state, { color: false });
      return answerLine(bank, 'who said that?', state, { color: false });
    };
    expect(await who('interest rates stay spring')).toMatch(/^The Bank of England, as quoted in “Rates held/);
    expect(await who('inflation falling faster')).toMatch(/^The Bank of England, as quoted in “Rates held/);
    expect(await who('mortgage lenders cut offers')).toMatch(/^The article does not say who said that\./);
  });

  it('given a BBC quote of a person, then "what else did he say?" is their other words in that article, saying whose', async () => {
    const bbc = new Bot(Library.create(loadBbcArticles().filter((each) => each.slug === 'bbc-business-004')));
    const state = { followUps: undefined };
    await answerLine(bbc, '/quote results respectable third quarter', state, { color: false });
    const more = await answerLine(bbc, 'what else did he say?', state, { color: false });
    expect(more).toContain('Our focus remains on reducing controllable costs');
    expect(more).toContain('(more from Rod Eddington in this article; /next for another)');
    const why = await answerLine(bbc, 'why?', state, { color: false });
    expect(why).toContain('Our focus remains on reducing controllable costs');
    expect(why).toContain('(more from Rod Eddington in this article; /next for another)');
    expect(why).not.toContain('a random quote');
  });

  it('given small talk or a line it does not understand in a library of its own, then what to try is a word that library finds', async () => {
    const said = await ask('hi');
    const word = /\/quote (\p{L}+)\)/u.exec(said ?? '')?.[1];
    expect(word).toBeDefined();
    expect(word).not.toBe('election');
    expect(await ask(`/quote ${word}`)).not.toMatch(/^No passage/);
    expect(await ask('what is your name?')).toContain(`(/quote ${word})`);
  });

  it('given /help with a word that is no command, then the reply names the commands, and the one meant', async () => {
    expect(await ask('/help foo')).toBe(
      '“foo” is not valid for command. It is one of quote, summary, articles, daily, help. Usage: /help [command]',
    );
    expect(await ask('/help qoute')).toMatch(/^“qoute” is not valid for command: did you mean quote\?/);
  });

  it('given words in quotation marks that no passage has then the reply quotes them once', async () => {
    expect(await ask('/quote "zzyzx qqqv"')).toMatch(/^No passage matches “zzyzx qqqv”\./);
  });

  it('given an option the command lacks, or a number out of its range, then the reply says so, with the range', async () => {
    expect(await ask('/quote election limit:3')).toMatch(/^There is no option “limit:”\. Usage: \/quote /);
    expect(await ask('/quote election dm:true')).toMatch(/^There is no option “dm:”\./);
    // A link, or a word before a colon, is no option.
    expect(await ask('/quote https://example.com harbour')).not.toMatch(/no option/);
    expect(await ask('/quote re:harbour')).not.toMatch(/no option/);
    expect(await ask('/summary sentences:0')).toMatch(
      /^“0” is not valid for sentences\. It is a whole number from 1 to 50\. Usage: /,
    );
  });

  it('given an option named with no value, then every one gets one wording: what it needs, with an example of this library', async () => {
    const replies = await Promise.all(
      [
        '/quote author:',
        '/summary article:',
        '/summary sentences:',
        '/summary length:',
        '/quote taxes author:""',
      ].map(ask),
    );
    expect(replies).toEqual([
      'author: needs a name, e.g. author:reporter.',
      'article: needs an article (its slug or words of its title), e.g. article:harbour-closes.',
      'sentences: needs a whole number from 1 to 50, e.g. sentences:3.',
      'length: needs one of short, medium, long, e.g. length:short.',
      'author: needs a name, e.g. author:reporter.',
    ]);
    // A value after a space is the option's, as it would be without the space.
    expect(await ask('/quote author: critic')).toContain('Ali Critic');
  });

  it('given a value an option cannot take, then the reply names what it takes, and the one meant', async () => {
    expect(await ask('/summary length:medum')).toMatch(
      /^“medum” is not valid for length: did you mean medium\? It is one of short, medium, long\. Usage: /,
    );
    expect(await ask('/articles page:0')).toMatch(
      /^“0” is not valid for page\. It is a whole number, 1 or more\. Usage: /,
    );
    // A number out of range is the page's, not words for about: ("did you mean about:0?").
    expect(await ask('/articles 0')).toMatch(
      /^“0” is not valid for page\. It is a whole number, 1 or more\./,
    );
    expect(await ask('/quote harbour card:maybe')).toMatch(
      /^“maybe” is not valid for card\. It is one of true, false\./,
    );
  });

  it('given a typo taken for a word of the library, then the reply says what it showed matches for', async () => {
    expect(await ask('/quote old habrour')).toContain('showing matches for “old harbour”');
    expect(await ask('/quote old harbour')).not.toContain('showing matches');
  });

  it('given /summary all of fewer sentences than articles, then the heading says how to see them all', async () => {
    expect(await ask('/summary all sentences:2')).toMatch(
      /^The 2 newest of 3 articles, each in a sentence \(sentences:3 for all\):/,
    );
    expect(await ask('/summary all')).toMatch(/^The 3 articles, each in a sentence:/);
  });

  it('given /help with a command typed with its slash, then it is that command', async () => {
    expect(await ask('/help /quote')).toBe(await ask('/help quote'));
  });

  it('given an option name typed with a capital, then it is that option', async () => {
    expect(await ask('/summary Length:short')).toBe(await ask('/summary length:short'));
    expect(await ask('/quote harbour Limit:3')).toMatch(/^There is no option “limit:”\./);
  });

  it("given /help next or /help context, the console's own follow-ups, then it says what they do", async () => {
    for (const line of ['/help next', '/help /context'])
      expect(await ask(line)).toBe(`/next, /context: ${en.consoleFollowUps}.`);
  });

  it('given a question about the bot itself ("how do I import an article?", "what is a quote card?"), then it says where to read how, not a quote', async () => {
    for (const line of [
      'how do I add an article',
      'how do I import an article?',
      'how do I add my own articles',
    ])
      expect(await ask(line), line).toBe(en.addArticles(TERMINAL_WORDING));
    expect(await ask('what is a quote card?')).toMatch(
      /^\/quote .*\n[^]*card:true {2}Answer with the quote as an image/,
    );
  });

  it('given "thanks" or "ok" then a line back, not the opening prompt, and "next" after it still goes on from the quote', async () => {
    const state = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    await say('/quote harbour');
    expect(await say('thanks')).toBe('You’re welcome!');
    expect(await say('thank you!')).toBe('You’re welcome!');
    expect(await say('ok')).toBe('🙂');
    expect(await say('lol')).toBe('🙂');
    expect(await say('next')).toMatch(/match 2 of/);
    expect(await ask('hi')).toMatch(/^Ask me for a quote/);
  });

  it('given "next" or "more" with no quote before it, then it asks for one, and "another one" is a random quote', async () => {
    for (const line of ['next', 'more please', 'next one'])
      // The library's own word, as every hint gives it: it has no "election".
      expect(await ask(line)).toBe('Ask for a quote first, e.g. /quote eastham');
    expect(await ask('another one')).toContain('a random quote');
  });

  it('given /articles about: with no words to look for, then the hint is an /articles example with a word of this library', async () => {
    expect(await ask('/articles about:@everyone')).toBe(
      'Tell me some words to look for, e.g. /articles about:eastham.',
    );
  });

  it('given "context please", "more context", "tell me more", "show me the context" or "what\'s the context?" after a quote, then they are its /context; with no quote they ask for one', async () => {
    const state = { followUps: undefined };
    await answerLine(bot, '/quote old harbour', state, { color: false });
    const context = (await answerLine(bot, '/context', state, { color: false }))!;
    expect(context).toContain('Jo Reporter');
    for (const line of [
      'context please',
      'more context',
      'tell me more',
      'show me the context',
      "what's the context?",
      '@quotebot can you give me some context?',
    ])
      expect(await answerLine(bot, line, state, { color: false })).toBe(context);
    for (const line of ['context please', 'tell me more'])
      expect(await ask(line)).toBe(en.askForQuoteFirst(TERMINAL_WORDING, 'eastham'));
    // Other words with it are a request of their own, read as before.
    expect(await answerLine(bot, 'the context of the harbour', state, { color: false })).toBe(
      await ask('the context of the harbour'),
    );
  });

  it('given "shorter", "longer" or "in more detail" after a summary, then it is that summary at the next length that way', async () => {
    const state = { followUps: undefined };
    const at = (length: string) => ask(`/summary article:harbour-closes length:${length}`);
    const [short, medium, long] = [await at('short'), await at('medium'), await at('long')];
    expect(new Set([short, medium, long]).size).toBe(3);
    const said = (line: string) => answerLine(bot, line, state, { color: false });
    await said('summarize the harbour article');
    expect(await said('shorter')).toBe(short);
    // At either end it says so rather than showing the same summary again.
    expect(await said('shorter please')).toBe('That was already the shortest summary.');
    expect(await said('longer')).toBe(medium);
    expect(await said('@quotebot in more detail')).toBe(long);
    expect(await said('longer')).toMatch(/^That was already the longest summary/);
    expect(await said('can you make it a bit shorter?')).toBe(medium);
    // Across the library too, and an exact count goes two sentences on.
    await said('/summary topic:harbour length:short');
    expect(await said('longer')).toBe(await ask('/summary topic:harbour length:medium'));
    await said('/summary article:harbour-closes sentences:2');
    expect(await said('tell me more')).toBe(await ask('/summary article:harbour-closes sentences:4'));
    // With no summary just before, the words are read as before.
    await said('/quote old harbour');
    expect(await said('shorter')).toBe(await ask('shorter'));
  });

  it('given "as a card" or "make it a card" after a quote, then it is that quote as a card; "/quote … as a card" is a card of the words before', async () => {
    const state = { followUps: undefined };
    await answerLine(bot, '/quote old harbour', state, { color: false });
    for (const line of ['as a card', 'make it a card', '@quotebot can you send it as a card?'])
      expect(requestFromLine(bot, line, state)).toEqual({
        kind: 'quote',
        query: 'old harbour',
        position: 0,
        withContext: false,
        card: true,
      });
    expect(await answerLine(bot, 'as a card', state, { color: false })).toBe(
      await ask('/quote old harbour card:true'),
    );
    for (const line of ['/quote old harbour as a card', 'quote about the old harbour as a card'])
      expect(requestFromLine(bot, line, { followUps: undefined })).toMatchObject({
        kind: 'quote',
        query: 'old harbour',
        card: true,
      });
    expect(await ask('as a card')).toBe(en.askForQuoteFirst(TERMINAL_WORDING, 'eastham'));
  });

  it('given /daily, with or without a sub-command, then it says daily quotes need a channel the console lacks', async () => {
    for (const line of ['/daily', '/daily status', '/daily set time:09:00 timezone:Europe/Berlin']) {
      const text = (await ask(line))!;
      expect(text).toContain('Discord or Slack channel');
      expect(text).not.toContain('did not understand');
    }
  });

  it('given "post a quote every morning" then one line says how to try a daily quote from the shell, not the whole /daily help', async () => {
    expect(await ask('post a quote every morning')).toBe(en.dailyNotInConsole());
  });

  it('given "who is jo reporter?" then the author and their articles answer, as on Discord and Slack', async () => {
    const text = (await ask('who is jo reporter?'))!;
    expect(text.split('\n')[0]).toBe('Jo Reporter');
    expect(text).toContain('Eastham port to close old harbour to cargo ships');
  });

  it('given /articles about:old harbour then only the articles with a passage about it are listed', async () => {
    const text = (await ask('/articles about:old harbour'))!;
    expect(text.split('\n')[0]).toBe('Articles about “old harbour” (page 1 of 1, 2 in all):');
    expect(text).toContain('Eastham port to close old harbour to cargo ships');
    expect(text).not.toMatch(/tram/i);
    expect(await ask('/articles about:unicorns')).toContain('No article has a passage about “unicorns”');
  });

  it('given /summary topic: with a topic of two words unquoted then both words are the topic', async () => {
    const quoted = await ask('/summary topic:"harbour budget"');
    expect(await ask('/summary topic:harbour budget')).toBe(quoted);
    expect(quoted).not.toMatch(/There is no article/);
  });

  describe('given article: or author: whose value of several words stands after other words', () => {
    const addresses = new Bot(
      Library.create([
        smallArticle(
          'address-1978',
          'State of the Union 1978',
          ['We must cut taxes for working families.'],
          'Jimmy Carter',
        ),
        smallArticle(
          'address-2019',
          'State of the Union 2019',
          ['Taxes were cut for the middle class.'],
          'Donald Trump',
        ),
        smallArticle('harbour', 'Eastham Harbour Budget', [
          'The harbour budget pays for new taxes on berths.',
        ]),
      ]),
    );
    const say = (line: string) => answerLine(addresses, line, { followUps: undefined }, { color: false });

    it.each([
      ['/quote taxes article:state of the union', '/quote article:state of the union taxes'],
      ['/quote taxes article:state of the union 1978', '/quote article:state of the union 1978 taxes'],
      ['/quote taxes article:eastham harbour budget', '/quote article:eastham harbour budget taxes'],
      ['/quote taxes author:jimmy carter', '/quote author:jimmy carter taxes'],
      ['/summary taxes article:state of the union', '/summary article:state of the union taxes'],
    ])(
      'given %j, then the value is the longest run that names an article or author, as in %j',
      async (after, before) => {
        const reply = await say(after);
        expect(reply).toBe(await say(before));
        expect(reply).not.toMatch(/no article “state”|taxes of the union/);
      },
    );

    it('given words on both sides of the value, then the name is read from those after it and the rest are the words, in their order', async () => {
      const quoted = (line: string) => {
        const request = requestFromLine(addresses, line, { followUps: undefined });
        return typeof request === 'object' && request.kind === 'quote' ? addresses.handle(request) : request;
      };
      expect(quoted('/quote families author:jimmy carter working')).toMatchObject({
        kind: 'quote',
        query: 'families working',
        author: 'jimmy carter',
      });
      expect(quoted('/quote families article:state of the union 1978 working')).toMatchObject({
        kind: 'quote',
        query: 'families working',
        article: 'address-1978',
      });
      expect(quoted('/quote cut article:state of the union 2019 class author:donald trump')).toMatchObject({
        kind: 'quote',
        query: 'cut class',
        article: 'address-2019',
        author: 'donald trump',
      });
    });

    it('given the words whole, then the article or author is the one they name', async () => {
      expect(await say('/quote taxes article:state of the union 1978')).toContain('We must cut taxes');
      expect(await say('/quote taxes author:jimmy carter')).toContain('We must cut taxes');
      expect(await say('/quote taxes article:state of the union')).toMatch(
        /^\d+ articles match “state of the union”: /,
      );
    });

    it('given an author: of several words that no article is by, then the reply names the whole name typed, not its first word', async () => {
      for (const line of [
        '/quote taxes author:tom hoffa working',
        '/quote author:tom hoffa',
        '/summary author:tom hoffa',
        '/summary taxes author:tom hoffa',
      ])
        expect(await say(line), line).toMatch(/^No article here is by “tom hoffa”\./);
      // The words after it that the library has are still words to look for, not the name.
      expect(await say('/quote author:tom taxes')).toMatch(/^No article here is by “tom”\./);
    });
  });

  it('given a misspelt command or words where /articles takes a page, then the reply names what was meant', async () => {
    expect(await ask('/qoute election')).toBe(
      'There is no /qoute command: did you mean /quote? /help lists them.',
    );
    expect(await ask('/articles harbour')).toContain('did you mean about:harbour?');
    expect(await ask('/frobnicate')).toContain('I did not understand “/frobnicate”');
  });

  it('given /help quote then that command in full: its options and examples', async () => {
    const text = (await ask('/help quote'))!;
    expect(text.split('\n')[0]).toMatch(/^\/quote \[words\]/);
    expect(text).toContain('    author:<name>  ');
    // The examples are this library's: it has no "election", its article with the most sentences says "Eastham".
    expect(text).toContain('Examples:\n  /quote eastham');
    expect(text).toContain('    private:true  ');
    // A flag the usage writes bare is shown bare, as it is typed.
    expect(await ask('/help articles')).toContain('\n    reload  Re-read the content folder');
  });
});
