import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HENS_INTERVIEW_FILE } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary.js';

const SHORT_ARTICLE =
  '---\ntitle: Short\nauthor: Ana Silva\npublication: Town Crier\ndate: 2024-05-01\n---\n\nThe river rose overnight.\n';

/** A content folder of its own with these files, removed (with its snapshot in .data) when the test ends. */
function contentFolder(files: Readonly<Record<string, string>>): string {
  const dir = temporaryFolder('quotebot-content-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('quotebot quote', () => {
  it('given --json then it prints the documented shape with the best hit first', () => {
    const { code, stdout } = runCli(['quote', 'election', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['query', 'status', 'closest', 'respelled', 'hits', 'suggestions']);
    expect(result.query).toBe('election');
    expect(result.closest).toBe(false);
    expect(result.respelled).toBeNull();
    const [hit] = result.hits;
    expect(Object.keys(hit)).toEqual(['id', 'text', 'score', 'highlights', 'context', 'article', 'speaker']);
    expect(hit.speaker).toBeNull();
    expect(hit.id).toBe('donald-trumps-own-version-of-muddling-through-on-north-korea#14');
    expect(hit.text.slice(hit.highlights[0][0], hit.highlights[0][1])).toBe('election');
    expect(Object.keys(hit.context)).toEqual(['before', 'after']);
    expect(Object.keys(hit.article)).toEqual(['slug', 'title', 'author', 'publication', 'date', 'url']);
  });

  it("given an interview's answer then --json names its speaker, the interviewee the chat credits", () => {
    const dir = contentFolder({ 'hens-interview.md': HENS_INTERVIEW_FILE });
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    const result = JSON.parse(runCli(['quote', 'stranger', 'market', '--json'], env).stdout);
    expect(result.hits[0]).toMatchObject({
      text: expect.stringContaining('Never buy hens from a stranger'),
      article: { author: 'Tomas Reed' },
      speaker: { name: 'Dana Osei', as: 'interviewee' },
    });
    const intro = JSON.parse(runCli(['quote', 'plot', 'behind', 'her', 'flat', '--json'], env).stdout);
    expect(intro.hits[0]).toMatchObject({ speaker: null });
  });

  it('given a quotation the article credits by name then --json names the person quoted, and reported speech no one', () => {
    const dir = contentFolder({
      'bridge.md': `---
title: Bridge to stay shut
author: Priya Natarajan
publication: Harbourside Chronicle
date: 2026-11-17
---

The county engineer has inspected the cracks in the main span. "The bridge will stay shut until the spring thaw," said Dr Ann Cole, the county engineer.

Ann Cole said the repair bill would rise to four million pounds.
`,
    });
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    const quoted = JSON.parse(runCli(['quote', 'spring', 'thaw', '--json'], env).stdout);
    expect(quoted.hits[0]).toMatchObject({ speaker: { name: 'Dr Ann Cole', as: 'quoted' } });
    const reported = JSON.parse(runCli(['quote', 'repair', 'bill', 'million', '--json'], env).stdout);
    expect(reported.hits[0]).toMatchObject({ speaker: null });
  });

  it('given a typo then respelled says what the query was read as', () => {
    const result = JSON.parse(runCli(['quote', 'sanctoins', '--json']).stdout);
    expect(result).toMatchObject({ status: 'ok', respelled: 'sanctions' });
  });

  it('given --limit then it returns at most that many hits', () => {
    const result = JSON.parse(runCli(['quote', 'election', '--limit', '2', '--json']).stdout);
    expect(result.hits).toHaveLength(2);
  });

  it('given a query with no answer then hits is empty and the exit code is 0', () => {
    const { code, stdout } = runCli(['quote', 'South', 'Korea', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'no-match', hits: [] });
  });

  it('given two words, one no passage has, then suggestions offers the other alone, as the text and chat do', () => {
    const { code, stdout } = runCli(['quote', 'election', 'zebra', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'no-match', hits: [], suggestions: ['election'] });
    expect(runCli(['quote', 'election', 'zebra']).stdout).toContain(
      'Try quotebot quote election for “election” alone.',
    );
  });

  it('given no words then it prints a random quote of the library', () => {
    const { code, stdout } = runCli(['quote', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { status: string; hits: { text: string }[] };
    expect(result.status).toBe('ok');
    expect(result.hits).toHaveLength(1);
  });

  it('given no words and an author then the random quote is by that author', () => {
    const { code, stdout } = runCli(['quote', '--author', 'ballbach']);
    expect(code).toBe(0);
    expect(stdout).toContain('Eric Ballbach');
  });

  it('given an author the library lacks and no words then it exits 2 with a message on stderr', () => {
    const { code, stderr } = runCli(['quote', '--author', 'nobody']);
    expect(code).toBe(2);
    expect(stderr).toContain('No article here is by “nobody”');
  });

  it('given words and a misspelt author then it exits 2 and names the look-alike author', () => {
    const { code, stderr } = runCli(['quote', 'sanctions', '--author', 'ballbak']);
    expect(code).toBe(2);
    expect(stderr).toContain('No article here is by “ballbak”');
    expect(stderr).toContain('Eric Ballbach');
  });

  it('given --json and an author the library lacks then the status says so, with look-alike authors', () => {
    for (const args of [
      ['quote', '--json', '--author', 'ballbak'],
      ['quote', 'sanctions', '--json', '--author', 'ballbak'],
    ]) {
      const { code, stdout } = runCli(args);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({
        status: 'unknown-author',
        hits: [],
        suggestions: ['Eric Ballbach'],
      });
    }
  });

  it('given the author name as the query then that author’s article answers', () => {
    const { code, stdout } = runCli(['quote', 'Ballbach']);
    expect(code).toBe(0);
    expect(stdout).toContain('Eric Ballbach');
  });

  it.each([[['quote', 'x', '--limit', 'many']], [['quote', 'x', '--bogus']], [['frobnicate']], [[]]])(
    'given bad usage %j then it exits 2 with a message on stderr',
    (args) => {
      const { code, stderr } = runCli(args);
      expect(code).toBe(2);
      expect(stderr.length).toBeGreaterThan(0);
    },
  );

  it('given piped output then it is plain text, without markdown markers or colour', () => {
    const { stdout } = runCli(['quote', 'red', 'line']);
    expect(stdout).toContain('red line');
    expect(stdout).not.toContain('**');
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).toContain('Eric Ballbach');
  });

  it('given an unknown --article then it says so on stderr, naming the CLI command that lists them, and exits 2', () => {
    const result = JSON.parse(runCli(['quote', 'election', '--article', 'nope', '--json']).stdout);
    expect(result).toMatchObject({ status: 'unknown-article', hits: [] });
    const unknown = runCli(['quote', 'election', '--article', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no article "nope"; `quotebot articles` lists them');
  });

  it('given --article with the name of an author of one article, then that article is the one', () => {
    const { stdout, code } = runCli(['quote', 'election', '--article', 'ballbach']);
    expect(code).toBe(0);
    expect(stdout).toContain('Eric Ballbach');
  });

  it("given --article as words of the title (the help's own example) then that article is searched", () => {
    const result = JSON.parse(runCli(['quote', 'red', 'line', '--article', 'north-korea', '--json']).stdout);
    expect(result).toMatchObject({ status: 'ok' });
    expect(runCli(['quote', 'red', 'line', '--limit', '3', '--article', 'north-korea']).stdout).toContain(
      'red line',
    );
  });
  it('given --article a word of the text, as summary takes it (election), then quote searches that article', () => {
    const summary = runCli(['summary', '--article', 'election']);
    expect(summary.code).toBe(0);
    const { code, stdout } = runCli(['quote', 'missiles', '--article', 'election']);
    expect(code).toBe(0);
    expect(stdout).toContain('missile');
    const result = JSON.parse(runCli(['quote', 'missiles', '--article', 'election', '--json']).stdout);
    expect(result.status).toBe('ok');
    expect(result.hits[0].article.slug).toBe('donald-trumps-own-version-of-muddling-through-on-north-korea');
    expect(runCli(['quote', '--article', 'election']).code).toBe(0);
  });

  it('given a library of made-up articles and --article a word one of them says then quote keeps to it; a slug still works, a misspelling still gets look-alikes', () => {
    const dir = contentFolder({
      'river-rose.md': SHORT_ARTICLE.replace('title: Short', 'title: The River Rose').replace(
        'The river rose overnight.',
        'The river water rose overnight. By morning the ferry had stopped running.',
      ),
      'harbour-lights.md': SHORT_ARTICLE.replace('title: Short', 'title: Harbour lights return').replace(
        'The river rose overnight.',
        'The harbour water was lit again. The lighthouse keeper said the gulls had gone quiet.',
      ),
    });
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    const slugOf = (...args: string[]): string =>
      JSON.parse(runCli(['quote', 'water', ...args, '--json'], env).stdout).hits[0]?.article.slug;
    expect(slugOf('--article', 'ferry')).toBe('river-rose');
    expect(slugOf('--article', 'lighthouse')).toBe('harbour-lights');
    expect(slugOf('--article', 'harbour-lights')).toBe('harbour-lights');
    const text = runCli(['quote', 'water', '--article', 'lighthouse'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('harbour water');
    const misspelt = runCli(['quote', 'water', '--article', 'harbor'], env);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain(
      'no article "harbor" (did you mean harbour-lights?); `quotebot articles` lists them',
    );
  });
});

describe('quotebot articles and check', () => {
  it('given --json then it lists every article with attribution', () => {
    const { code, stdout } = runCli(['articles', '--json']);
    expect(code).toBe(0);
    const { articles } = JSON.parse(stdout);
    expect(articles[0]).toMatchObject({
      author: 'Eric Ballbach',
      publication: 'The National Interest',
      sentences: 16,
    });
  });

  it('given --about then only the articles with a passage about the words, or plainly none', () => {
    const about = JSON.parse(runCli(['articles', '--about', 'sanctions', '--json']).stdout);
    expect(about.articles.map((article: { author: string }) => article.author)).toEqual(['Eric Ballbach']);
    expect(JSON.parse(runCli(['articles', '--about', 'unicorns', '--json']).stdout)).toEqual({
      articles: [],
    });
    const none = runCli(['articles', '--about', 'unicorns']);
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toBe('No article has a passage about “unicorns”.');
  });

  it('given --about words too long to search then it says so as quote does, with its status and exit code', () => {
    const long = 'tax '.repeat(200);
    const quote = runCli(['quote', long]);
    const text = runCli(['articles', '--about', long]);
    expect(text.code).toBe(quote.code);
    expect(text.stdout).toBe(quote.stdout);
    expect(text.stdout.trim()).toBe('That is too long to search: keep it under 500 characters.');
    const json = runCli(['articles', '--about', long, '--json']);
    expect(json.code).toBe(runCli(['quote', long, '--json']).code);
    expect(JSON.parse(json.stdout)).toEqual({ status: 'query-too-long', articles: [] });
  });

  it('given an article of one sentence then it is listed with 1 sentence, not 1 sentences', () => {
    const dir = contentFolder({ 'short.md': SHORT_ARTICLE });
    const { code, stdout } = runCli(['articles'], { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') });
    expect(code).toBe(0);
    expect(stdout).toContain('Short — Ana Silva, Town Crier, 2024-05-01 (1 sentence)\n');
  });

  it('given a content folder with a broken file then check names it and exits 1', () => {
    const dir = contentFolder({ 'broken.md': '---\ntitle: x\n---\nText.' });
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('broken.md: author: and date: are required');
  });

  it('given a file missing a field whose date is impossible, and a post with no front matter, then check says every problem, and the import hint by a path that works from anywhere', () => {
    const dir = contentFolder({
      'broken.md': '---\ntitle: x\npublication: Town Crier\ndate: 2024-02-30\n---\nText.',
      'raw-post.md': '# A post\n\nI ride my bike.\n',
    });
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('✗ broken.md: author: is required; date: 2024-02-30 is not a real date\n');
    expect(stdout).toContain(`✗ raw-post.md: missing front matter`);
    expect(stdout).toContain(`\`quotebot import ${join(dir, 'raw-post.md')}\` writes one`);
    // The bot and the other commands read the folder through the library snapshot: the same path.
    const { stderr } = runCli(['articles'], { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') });
    expect(stderr).toContain(`\`quotebot import ${join(dir, 'raw-post.md')}\` writes one`);
  });

  it("given a content folder whose path has a space and an apostrophe then check's import commands work as pasted", () => {
    const dir = join(contentFolder({}), "Jo's posts");
    mkdirSync(dir);
    writeFileSync(join(dir, 'short.md'), SHORT_ARTICLE);
    writeFileSync(join(dir, 'raw-post.md'), '# A post\n\nI ride my bike.\n');
    writeFileSync(join(dir, 'notes.txt'), 'Notes\n\nThe council met on Monday.\n');
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    const commands = [...stdout.matchAll(/`quotebot import ([^`]+)`/g)].map((found) => found[1]!);
    // What a shell makes of each command's argument: the file's path, whole.
    const pasted = commands.map(
      (argument) => spawnSync('sh', ['-c', `printf '%s\\n' ${argument}`], { encoding: 'utf8' }).stdout,
    );
    expect(pasted.sort()).toEqual([`${join(dir, 'notes.txt')}\n`, `${join(dir, 'raw-post.md')}\n`]);
  });

  it('given a broken file beside an article then quote, articles and summary say it was skipped on stderr', () => {
    const dir = contentFolder({ 'short.md': SHORT_ARTICLE, 'post.md': '# A post\n\nI ride my bike.\n' });
    for (const args of [['quote', 'bike'], ['articles'], ['summary']]) {
      const { code, stderr } = runCli(args, { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') });
      expect(code, args[0]).toBe(0);
      expect(stderr, args[0]).toContain('quotebot: skipped post.md: missing front matter');
    }
  });

  it('given an empty content folder then check exits 1 and says there is no article and how to add one', () => {
    const dir = contentFolder({});
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toBe(
      `✗ no articles in ${dir}: \`quotebot import <file|URL>\` adds one (from a text, a Markdown file or a web page), or set CONTENT_DIR to the folder of your articles\n` +
        `0 article(s) valid, 0 problem(s) in ${dir}\n`,
    );
  });

  it('given an article dropped into the content folder as a .txt then check names it and the import that reads it', () => {
    const dir = contentFolder({
      'short.md': SHORT_ARTICLE,
      'notes.txt': 'Notes\n\nThe council met on Monday.\n',
    });
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain(
      `notes.txt: not a content file (those end .md): \`quotebot import ${join(dir, 'notes.txt')}\``,
    );
  });

  it('given a content file saved as .txt then check says to rename it .md, not to import it', () => {
    const dir = contentFolder({ 'short.md': SHORT_ARTICLE, 'Jarre Notes.txt': SHORT_ARTICLE });
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '✗ Jarre Notes.txt: a content file, as its front matter says, but only .md files are read: rename it jarre-notes.md\n',
    );
  });

  it('given an article ending .MD and one in a subfolder then the .MD is read and check names the folder in a note that fails nothing', () => {
    const dir = contentFolder({ 'short.MD': SHORT_ARTICLE, 'business/001.md': SHORT_ARTICLE });
    const listed = runCli(['articles'], { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('short\n  Short — Ana Silva');
    // A command says it as check does: a note, not a skipped file.
    expect(listed.stderr).toContain('quotebot: note: business/: a folder, not read');
    expect(listed.stderr).not.toContain('skipped');
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toContain(
      `note: business/: a folder, not read: articles are the .md files in ${dir} itself`,
    );
    expect(stdout).toContain('1 article(s) valid, 0 problem(s)');
  });

  it('given an empty file and a name in capitals then check says the file is empty and the name to give the other', () => {
    const dir = contentFolder({ 'short.md': SHORT_ARTICLE, 'empty.md': '', 'PRINTER.MD': SHORT_ARTICLE });
    const { code, stdout } = runCli(['check'], { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '✗ empty.md: is empty: write an article in it (--- front matter, then its text) or remove it\n',
    );
    expect(stdout).toContain(
      '✗ PRINTER.MD: the file name must be a slug: lower-case words joined by hyphens, then .md: rename it printer.md\n',
    );
  });

  it('given a misspelt --article then quote and summary suggest the article whose title has the word', () => {
    const dir = contentFolder({
      'uganda-bans-play.md': SHORT_ARTICLE.replace('title: Short', 'title: Uganda bans Vagina Monologues'),
      'short.md': SHORT_ARTICLE,
    });
    for (const args of [
      ['quote', 'river', '--article', 'ugnada'],
      ['summary', '--article', 'ugnada'],
    ]) {
      const { code, stderr } = runCli(args, { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('no article "ugnada" (did you mean uganda-bans-play?)');
    }
  });

  it('given an invalid environment variable then it names the variable and hides the value', () => {
    const { code, stderr } = runCli(['articles'], { SLACK_BOT_TOKEN: 'super-secret-value' });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
    expect(stderr).not.toContain('super-secret-value');
  });

  it('given a bot token without what the bot receives commands with then a command that uses neither runs', () => {
    const dir = contentFolder({ 'short.md': SHORT_ARTICLE });
    const env = { CONTENT_DIR: dir, DATA_DIR: join(dir, '.data') };
    for (const tokens of [{ DISCORD_TOKEN: 'super-secret-value' }, { SLACK_BOT_TOKEN: 'xoxb-secret' }]) {
      const { code, stderr } = runCli(['articles'], { ...env, ...tokens });
      expect(code, stderr).toBe(0);
    }
  });
});
