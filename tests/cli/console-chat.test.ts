import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '../../dist/runtime/main.js');
const BIN = join(import.meta.dirname, '../../bin/quotebot.js');

function chat(
  input: string,
  extra: NodeJS.ProcessEnv = {},
): { code: number; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const name of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'])
    delete env[name];
  const result = spawnSync(process.execPath, [MAIN], { input, encoding: 'utf8', env, timeout: 20_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('console chat with piped input', () => {
  it('given /quote election then it answers with the quote and attribution, and exits at end of input', () => {
    const { code, stdout } = chat('/quote election\n');
    expect(code).toBe(0);
    expect(stdout).toContain('With a crucial election ahead');
    expect(stdout).not.toContain('**');
    expect(stdout).toContain('Eric Ballbach');
  });

  it('given a first start then it says nothing of reading the articles into its snapshot, unless LOG_LEVEL=debug', () => {
    const data = mkdtempSync(join(tmpdir(), 'quotebot-chat-data-'));
    try {
      const first = chat('/quote election\n', { DATA_DIR: data });
      expect(first.stdout).toContain('With a crucial election ahead');
      expect(first.stderr).toBe('');
      rmSync(data, { recursive: true, force: true });
      expect(chat('/quit\n', { DATA_DIR: data, LOG_LEVEL: 'debug' }).stderr).toContain(
        'library snapshot built',
      );
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('given /next and /context then it walks the hits and shows surrounding sentences', () => {
    const { stdout } = chat('/quote election\n/next\n/context\n');
    expect(stdout).toContain('match 2 of');
    expect(stdout).toContain('Given North Korea’s continued progress');
  });

  it('given "next" or "more" after a quote then its next match, and /next after a summary asks for a quote', () => {
    const { stdout } = chat('/quote north korea\nnext\n@quotebot more please\n/summary\n/next\n');
    expect(stdout).toContain('match 2 of');
    expect(stdout).toContain('match 3 of');
    expect(stdout).toContain('Ask for a quote first');
  });

  it('given the last of several matches then it says that /next goes back to the first', () => {
    const { stdout } = chat('/quote pandemic\n/next\n');
    expect(stdout).toContain('(match 1 of 2; /next for another, /context for more)');
    expect(stdout).toContain('(match 2 of 2; /next goes back to the first, /context for more)');
  });

  it('given /next after the only match then it says so, rather than showing it again', () => {
    expect(chat('/quote biegun\n/next\n').stdout).toContain('That was the only match');
  });

  it("given /help then the console's own /next and /context are listed too", () => {
    expect(chat('/help\n').stdout).toContain('/next, /context');
  });

  it('given /articles, /help and an unknown command then each gets an answer', () => {
    const { stdout } = chat('/articles\n/help\n/frobnicate\n');
    expect(stdout).toContain('Articles (page 1 of 1');
    expect(stdout).toContain('/quote [words] [author:<name>]');
    expect(stdout).toContain('I did not understand “/frobnicate”');
  });

  it('given a query with no match then it says so plainly', () => {
    const { stdout } = chat('/quote South Korea\n');
    expect(stdout).toContain('No passage matches “South Korea”');
  });

  it('given /quote with no words, then author:, then an unknown author, then a random quote, its author, and a plain no', () => {
    const { stdout } = chat('/quote\n/next\n/quote author:ballbach\n/quote author:nobody\n');
    expect(stdout.match(/\(a random quote; \/next for another\)/g)).toHaveLength(2);
    expect(stdout).toContain('(a random quote by Eric Ballbach; /next for another)');
    expect(stdout).toContain('No article here is by “nobody”.');
  });
});

describe('console hints that are shell commands', () => {
  /** Runs a hint's command as pasted into a shell, `npx quotebot` being this checkout's bin, in a folder of its own. */
  function pasted(command: string, folder: string): { code: number; stdout: string } {
    expect(command).toMatch(/^npx quotebot /);
    const result = spawnSync(
      'sh',
      ['-c', command.replace(/^npx quotebot /, `"${process.execPath}" "${BIN}" `)],
      {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', DATA_DIR: join(folder, 'data'), LOG_LEVEL: 'silent' },
        timeout: 30_000,
      },
    );
    return { code: result.status ?? -1, stdout: result.stdout };
  }

  function inFolder(run: (folder: string) => void): void {
    const folder = mkdtempSync(join(tmpdir(), 'quotebot-hint-'));
    try {
      run(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it("given /daily then the schedule it suggests is set, and the run it suggests posts that schedule's quote", () => {
    const commands = [...chat('/daily\n').stdout.matchAll(/`(npx quotebot [^`]+)`/g)].map(
      (match) => match[1]!,
    );
    expect(commands).toHaveLength(2);
    inFolder((folder) => {
      const [set, run] = commands.map((command) => pasted(command, folder));
      expect(set!.code).toBe(0);
      expect(run!.code).toBe(0);
      expect(run!.stdout).toMatch(/posted\s+console:me/);
    });
  });

  it('given a card asked for, with words or none, then the command it suggests draws that quote by its id', () => {
    const { stdout } = chat(
      '/quote election card:true\n/quote sanctions article:donald card:true\n/quote card:true\n/quote north korea\n/next\nmake it a card\n',
    );
    const hints = [...stdout.matchAll(/^Cards are images: to save one, run in the shell (.+)$/gm)].map(
      (m) => m[1]!,
    );
    // Every quote by its id: words would draw the first match, or another random quote, or what the card
    // command reads of them where the chat read them otherwise.
    for (const hint of hints) expect(hint).toMatch(/^npx quotebot card [a-z0-9-]+#\d+ --out card\.png$/);
    expect(hints).toHaveLength(4);
    const quotes = [...stdout.matchAll(/^[“‘](.{30})/gm)].map((m) => m[1]!);
    // The quote of "/quote north korea" (match 1) and /next's (match 2) come before the card's, which is match 2.
    quotes.splice(3, 2);
    inFolder((folder) => {
      hints.forEach((hint, at) => {
        const card = pasted(hint, folder);
        expect(card.code).toBe(0);
        expect(card.stdout).toContain(quotes[at]);
      });
    });
  });
});
