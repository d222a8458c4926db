import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';

describe('quotebot summary (CLI)', () => {
  it('given --json then it prints exactly the documented shape', () => {
    const { code, stdout } = runCli(['summary', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['article', 'deck', 'length', 'topic', 'sentences', 'found']);
    expect(Object.keys(json['article'] as object)).toEqual([
      'slug',
      'title',
      'author',
      'publication',
      'date',
      'url',
    ]);
    expect(json).toMatchObject({ length: 'medium', topic: null, found: true });
    expect(json['deck']).toMatch(/^With a crucial election ahead, President Trump/);
    const sentences = json['sentences'] as { id: string; text: string }[];
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const sentence of sentences) expect(Object.keys(sentence)).toEqual(['id', 'text']);
  });

  it('given --length short --topic and --article then they are honoured', () => {
    const { code, stdout } = runCli([
      'summary',
      '--length',
      'short',
      '--topic',
      'missiles',
      '--article',
      SEED_SLUG,
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      length: string;
      topic: string;
      found: boolean;
      sentences: unknown[];
    };
    expect(json).toMatchObject({ length: 'short', topic: 'missiles', found: true });
    expect(json.sentences.length).toBeLessThanOrEqual(3);
  });

  it('given a topic the article does not discuss then found is false and the text says so', () => {
    expect(JSON.parse(runCli(['summary', '--topic', 'bitcoin', '--json']).stdout)).toMatchObject({
      found: false,
      sentences: [],
    });
    expect(runCli(['summary', '--topic', 'bitcoin']).stdout).toContain('does not discuss bitcoin');
  });

  it('given no --json then it prints the summary and labels the deck as the author’s own summary', () => {
    const { code, stdout } = runCli(['summary', '--length', 'short']);
    expect(code).toBe(0);
    expect(stdout).toContain('Summary of “Donald Trump');
    expect(stdout).toContain("The author's own summary:");
  });

  it('given a bad length or an unknown article then it fails with a clear message', () => {
    const bad = runCli(['summary', '--length', 'huge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--length must be one of short, medium, long');
    // An article the library lacks is bad usage, as an author it lacks is: exit 2.
    const unknown = runCli(['summary', '--article', 'no-such-article']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no article "no-such-article"');
  });

  it('given a topic too long to search then it says so as quote does, with its status and exit code 0', () => {
    const long = 'tax '.repeat(200);
    const quote = runCli(['quote', long]);
    const text = runCli(['summary', long]);
    expect([text.code, text.stdout]).toEqual([quote.code, quote.stdout]);
    expect(text.stdout.trim()).toBe('That is too long to search: keep it under 500 characters.');
    const json = runCli(['summary', '--topic', long, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ topic: long.trim(), status: 'query-too-long', found: false });
    expect(JSON.parse(runCli(['quote', long, '--json']).stdout).status).toBe('query-too-long');
  });

  it('given --json and an article or option it cannot take then stdout has its kind and message, with exit code 2', () => {
    const unknown = runCli(['summary', '--article', 'no-such-article', '--json']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toEqual({
      kind: 'unknown-article',
      suggestions: [],
      message: 'no article "no-such-article"; `quotebot articles` lists them',
    });
    expect(unknown.stderr).toContain('quotebot: no article "no-such-article"');
    const bad = runCli(['summary', '--length', 'huge', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({
      kind: 'usage',
      message: '--length must be one of short, medium, long',
    });
    // A command without --json keeps stdout empty on a mistake.
    expect(runCli(['summary', '--length', 'huge']).stdout).toBe('');
  });
});

const MAIN = join(import.meta.dirname, '../../dist/runtime/main.js');

function chat(input: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'])
    delete env[name];
  return spawnSync(process.execPath, [MAIN], { input, encoding: 'utf8', env, timeout: 20_000 }).stdout;
}

describe('summaries in the console chat', () => {
  it('given /summary and /summary topic:bitcoin then it summarises, and says plainly what is not discussed', () => {
    const out = chat('/summary\n/summary topic:bitcoin\n');
    expect(out).toContain('In the coming months, he is therefore likely');
    expect(out).toContain('does not discuss bitcoin');
  });

  it('given free text then it is understood: tl;dr, a topic, a quote, small talk and nonsense all get answers', () => {
    const out = chat(
      '@quotebot tl;dr?\nsumarize the part about sanctions\nquote something about kim\nhi\nI love pizza and long walks\n',
    );
    expect(out).toContain('Summary of “Donald Trump');
    expect(out).toContain('about sanctions:');
    expect(out).toMatch(/^“.*Kim.*”$/m);
    // "hi" gets a line of what to try; the nonsense, the same line after what was not understood, not the commands.
    expect(out).toContain('\nAsk me for a quote (/quote election)');
    expect(out).toContain(
      'I did not understand “I love pizza and long walks”. Ask me for a quote (/quote election) or a summary (/summary); /help lists everything.\n',
    );
    expect(out).not.toContain('Commands:');
  });
});
