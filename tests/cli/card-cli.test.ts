import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HENS_INTERVIEW_FILE, TIDES_FILE } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';

describe('quotebot card', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-card-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given words that match then it writes a PNG and prints its path and alt text', () => {
    const out = join(dir, 'election.png');
    const { code, stdout } = runCli(['card', 'election', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    expect(stdout).toContain('election');
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('given words nothing matches then it exits 1 with one line on stderr and writes nothing', () => {
    const out = join(dir, 'none.png');
    const { code, stderr } = runCli(['card', 'zzqx', 'wwvy', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^quotebot: no sentence matches "zzqx wwvy".*; no card written\n$/);
  });

  it('given --article election (a word of the text, as summary takes it) then the card is of that article', () => {
    const out = join(dir, 'missiles.png');
    const { code, stdout } = runCli(['card', 'missiles', '--article', 'election', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('Eric Ballbach');
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it("given --json then it prints the card's path and its quote as JSON, the hit of quote --json", () => {
    const out = join(dir, 'election-json.png');
    const { code, stdout } = runCli(['card', 'election', '--out', out, '--json']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({ path: out, width: 1200, height: 630, missingGlyphs: [] });
    expect(printed.bytes).toBe(readFileSync(out).byteLength);
    const quote = JSON.parse(runCli(['quote', 'election', '--json']).stdout).hits[0];
    expect(printed.quote).toEqual(quote);
    expect(printed.altText).toContain('election');
  });

  it('given --json and words nothing matches then stdout is the failure as JSON, as for every command', () => {
    const { code, stdout } = runCli(['card', 'zzqx', 'wwvy', '--out', join(dir, 'none.png'), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('no card written'),
    });
  });

  it('given the id of a sentence its article does not have then it says how many sentences the article has', () => {
    const slug = 'donald-trumps-own-version-of-muddling-through-on-north-korea';
    const { code, stderr } = runCli(['card', `${slug}#999`, '--out', join(dir, 'none.png')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^quotebot: "${slug}" has no sentence 999: it has (\\d+) sentences, #0 to #\\d+; no card written\n$`,
      ),
    );
  });

  it('given an article the library lacks then it exits 2, as every command does', () => {
    const { code, stderr } = runCli([
      'card',
      'election',
      '--article',
      'nope',
      '--out',
      join(dir, 'nope.png'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('no article "nope"');
  });

  it('given a hand-written content file with inline Markdown then the card and its alt text show the words alone', () => {
    const library = mkdtempSync(join(tmpdir(), 'quotebot-card-markdown-'));
    try {
      writeFileSync(
        join(library, 'the-new-logo.md'),
        '---\ntitle: The New Logo\nauthor: Jo Park\npublication: Team Notes\ndate: 2024-05-02\n---\n\n' +
          'The designer showed the new logo today. The new logo is **bold**, *friendly* and `responsive`, exactly what we wanted.\n',
      );
      const out = join(dir, 'logo.png');
      const env = { CONTENT_DIR: library, DATA_DIR: join(library, '.data') };
      const { code, stdout } = runCli(['card', 'logo', 'bold', 'friendly', '--out', out], env);
      expect(code).toBe(0);
      expect(stdout).toContain(
        'Quote card: “The new logo is bold, friendly and responsive, exactly what we wanted.” — Jo Park,',
      );
    } finally {
      rmSync(library, { recursive: true, force: true });
    }
  });

  it("given an interview's answer then the card credits the interviewee, interviewed by the writer, as the chat does", () => {
    const library = mkdtempSync(join(tmpdir(), 'quotebot-card-interview-'));
    try {
      writeFileSync(join(library, 'hens-interview.md'), HENS_INTERVIEW_FILE);
      const out = join(dir, 'interview.png');
      const env = { CONTENT_DIR: library, DATA_DIR: join(library, '.data') };
      const { code, stdout } = runCli(['card', 'stranger', 'market', '--out', out], env);
      expect(code).toBe(0);
      expect(stdout).toContain('— Dana Osei, interviewed by Tomas Reed,');
    } finally {
      rmSync(library, { recursive: true, force: true });
    }
  });

  describe('given a library of two authors', () => {
    const library = mkdtempSync(join(tmpdir(), 'quotebot-card-lib-'));
    writeFileSync(join(library, 'how-the-tides-work.md'), TIDES_FILE);
    writeFileSync(
      join(library, 'the-river-rose.md'),
      '---\ntitle: The River Rose\nauthor: Ana Silva\npublication: Town Crier\ndate: 2024-05-02\n---\n\n' +
        'The river water rose overnight and covered the lower road. By morning the ferry had stopped running.\n',
    );
    const env = { CONTENT_DIR: library, DATA_DIR: join(library, '.data') };
    afterAll(() => rmSync(library, { recursive: true, force: true }));

    it("given words and --author then the card is of that author's passage", () => {
      for (const [author, name] of [
        ['silva', 'Ana Silva'],
        ['marsh', 'Ada Marsh'],
      ] as const) {
        const out = join(dir, `${author}.png`);
        const { code, stdout } = runCli(['card', 'water', '--author', author, '--out', out], env);
        expect(code).toBe(0);
        expect(stdout).toMatch(new RegExp(`^Quote card: “[^”]*water[^”]*” — ${name},`, 'm'));
      }
    });

    it("given no words then it draws a random quote's card, of the author given", () => {
      const out = join(dir, 'random.png');
      const { code, stdout } = runCli(['card', '--author', 'marsh', '--out', out], env);
      expect(code).toBe(0);
      expect(stdout).toContain('— Ada Marsh, “How the Tides Work”');
      expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
      expect(runCli(['card', '--out', join(dir, 'any.png')], env).code).toBe(0);
    });

    it('given --article a word one article says (ferry), as summary takes it, then the card is of that article', () => {
      for (const [article, name] of [
        ['ferry', 'Ana Silva'],
        ['gravity', 'Ada Marsh'],
      ] as const) {
        const { code, stdout } = runCli(
          ['card', 'water', '--article', article, '--out', join(dir, `${article}.png`)],
          env,
        );
        expect(code, article).toBe(0);
        expect(stdout).toMatch(new RegExp(`^Quote card: “[^”]*water[^”]*” — ${name},`, 'm'));
      }
    });

    it('given an author the library lacks then it exits 2 and names the look-alike', () => {
      const { code, stderr } = runCli(
        ['card', 'water', '--author', 'silvia', '--out', join(dir, 'x.png')],
        env,
      );
      expect(code).toBe(2);
      expect(stderr).toContain('Ana Silva');
    });
  });
});
