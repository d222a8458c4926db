import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, SEED_SLUG } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary.js';
import { HARBOUR_REPORT } from './fixtures-news.js';

const dir = mkdtempSync(join(tmpdir(), 'quotebot-library-summary-'));
copyFileSync(join(CONTENT_DIR, `${SEED_SLUG}.md`), join(dir, `${SEED_SLUG}.md`));
writeFileSync(
  join(dir, 'harbour.md'),
  `---\ntitle: Eastham port to close old harbour\nauthor: Jo Reporter\npublication: Eastham News\ndate: 2024-02-03\nurl: https://example.org/harbour\n---\n\n${HARBOUR_REPORT.join('\n\n')}\n`,
);
// The library snapshot in a folder of the test's own: without DATA_DIR it would stay in the package's
// data folder (data/libraries/) after the content folder is removed.
const data = mkdtempSync(join(tmpdir(), 'quotebot-library-summary-data-'));
const env = { CONTENT_DIR: dir, DATA_DIR: data };
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('quotebot summary across the library (CLI)', () => {
  it('given summary all with fewer sentences than articles then its head says how to see them all as the command line writes it', () => {
    const { code, stdout } = runCli(['summary', 'all', '--sentences', '1'], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The newest of 2 articles, each in a sentence \(--sentences 2 for all\):/);
  });

  it('given summary all --json with fewer sentences than articles then topic is null and of says how many articles there are', () => {
    const { code, stdout } = runCli(['summary', 'all', '--sentences', '1', '--json'], env);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { articles: unknown[] };
    expect(json).toMatchObject({ scope: 'library', topic: null, found: true, of: 2 });
    expect(json.articles).toHaveLength(1);
  });

  it('given --topic and no --article in a library of two then it answers from the library, attributed and linked', () => {
    const { code, stdout } = runCli(['summary', '--topic', 'cargo', '--json'], env);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      scope: string;
      found: boolean;
      articles: { article: { slug: string; url: string | null }; sentences: { id: string }[] }[];
    };
    expect(Object.keys(json)).toEqual(['scope', 'topic', 'found', 'articles', 'of', 'suggestions']);
    expect(json).toMatchObject({ scope: 'library', topic: 'cargo', found: true, of: null });
    expect(json.articles[0]!.article).toMatchObject({ slug: 'harbour', url: 'https://example.org/harbour' });
    const text = runCli(['summary', '--topic', 'cargo'], env).stdout;
    expect(text).toContain('Eastham port to close old harbour');
    expect(text).toContain('— Jo Reporter, Eastham News, 2024-02-03 https://example.org/harbour');
  });

  it('given summary all --topic then it is that topic across the library, as summary --topic is ("all" is no topic word)', () => {
    const all = runCli(['summary', 'all', '--topic', 'cargo', '--json'], env);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ scope: 'library', topic: 'cargo', found: true });
    expect(all.stdout).toBe(runCli(['summary', '--topic', 'cargo', '--json'], env).stdout);
  });

  it('given summary library or --topic library then "library" is the topic, not the whole library', () => {
    for (const args of [
      ['summary', '--topic', 'library', '--json'],
      ['summary', 'library', '--json'],
    ])
      expect(JSON.parse(runCli(args, env).stdout), args.join(' ')).toMatchObject({
        scope: 'library',
        topic: 'library',
        of: null,
      });
  });

  it('given summary the library then it is the whole library, as summary all is', () => {
    expect(JSON.parse(runCli(['summary', 'the', 'library', '--json'], env).stdout)).toMatchObject({
      scope: 'library',
      topic: null,
      of: 2,
    });
  });

  it('given a topic that one article alone discusses and its title names, then it answers as the chat does: that article summarised', () => {
    const json = JSON.parse(runCli(['summary', 'harbour', '--json'], env).stdout) as {
      article: { slug: string };
      topic: unknown;
    };
    expect(json).toMatchObject({ article: { slug: 'harbour' }, topic: null });
  });

  it('given --author then the summary is of that author’s article; an author the library lacks is a usage error', () => {
    const json = JSON.parse(runCli(['summary', '--author', 'reporter', '--json'], env).stdout) as {
      article: { slug: string };
    };
    expect(json.article.slug).toBe('harbour');
    const none = runCli(['summary', '--author', 'nobody'], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No article here is by “nobody”.');
    expect(runCli(['help', 'summary'], env).stdout).toContain('--author NAME');
  });

  it('given a topic no article discusses then it says so plainly', () => {
    expect(runCli(['summary', '--topic', 'bitcoin'], env).stdout).toContain(
      'No article in the library discusses bitcoin.',
    );
  });

  it('given --sentences N then the summary has exactly N sentences; a bad N is a usage error', () => {
    const json = JSON.parse(
      runCli(['summary', '--article', 'harbour', '--sentences', '4', '--json'], env).stdout,
    ) as {
      sentences: unknown[];
    };
    expect(json.sentences).toHaveLength(4);
    const bad = runCli(['summary', '--sentences', 'two'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sentences must be a whole number from 1 to 50');
  });

  it('given no article named then stdout is the newest one’s summary and stderr says so, as the chat does, in the command line’s words', () => {
    const text = runCli(['summary'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Summary of “Eastham port to close old harbour”/);
    expect(text.stderr).toContain(
      'That is the newest article. quotebot summary --article <slug or title words> summarises another, quotebot summary all every article in a sentence.',
    );
    expect(text.stdout).not.toContain('newest');
    // Named, there is nothing to say; --json is the summary alone.
    expect(runCli(['summary', '--article', 'harbour'], env).stderr).not.toContain('newest');
    expect(runCli(['summary', '--json'], env).stderr).not.toContain('newest');
  });

  it('given --author of several articles then stderr says the summary is of their newest', () => {
    const folder = temporaryFolder('quotebot-author-newest-');
    copyFileSync(join(dir, 'harbour.md'), join(folder, 'harbour.md'));
    writeFileSync(
      join(folder, 'ferry.md'),
      `---\ntitle: Eastham ferry to run all winter\nauthor: Jo Reporter\npublication: Eastham News\ndate: 2024-03-01\n---\n\nThe Eastham ferry will run all winter, its owners said. Tickets cost the same as in summer.\n`,
    );
    const { stdout, stderr } = runCli(['summary', '--author', 'reporter'], {
      CONTENT_DIR: folder,
      DATA_DIR: temporaryFolder('quotebot-author-newest-data-'),
    });
    expect(stdout).toMatch(/^Summary of “Eastham ferry to run all winter”/);
    expect(stderr).toContain(
      'That is the newest of Jo Reporter\'s 2 articles. quotebot summary --article <slug or title words> summarises another, quotebot summary all --author "Jo Reporter" each of them in a sentence.',
    );
  });
});
