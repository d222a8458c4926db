import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'quotebot-import-several-'));

const MARKDOWN = `---
title: The Ferry Returns
author: Ana Silva
publication: Town Crier
date: 2024-05-01
---

The ferry to the island runs again from Monday, after a winter in dry dock.

"We missed the sea," said the skipper, who has worked the crossing for twenty years.
`;

const TEXT = `Library to open on Sundays

By Tom Reyes

2 March 2024

The town library will open on Sundays from April, the council said on Friday.

"People asked for it at every meeting," said the head librarian.
`;

/** A folder of texts to import: a Markdown file that says its publication, a text that does not, and others. */
function texts(): string {
  const dir = folder();
  writeFileSync(join(dir, 'ferry.md'), MARKDOWN);
  writeFileSync(join(dir, 'library.txt'), TEXT);
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'drafts', 'draft.md'), MARKDOWN.replace('The Ferry Returns', 'A Draft'));
  return dir;
}

describe('quotebot import of several files', () => {
  it('given a folder then it imports each text, goes on past one that fails, says each result and exits 1', () => {
    const dir = texts();
    const content = folder();
    writeFileSync(join(dir, 'unsigned.txt'), TEXT.replace('By Tom Reyes\n\n', ''));
    const { code, stdout } = runCli(['import', dir], { CONTENT_DIR: content });
    expect(code).toBe(1);
    expect(stdout).toContain('Imported “The Ferry Returns” by Ana Silva (Town Crier, 2024-05-01)');
    // A publication is optional: a text that names none is imported without one.
    expect(stdout).toContain('Imported “Library to open on Sundays” by Tom Reyes (2024-03-02)');
    expect(stdout).toContain(
      `✗ ${join(dir, 'unsigned.txt')}: could not find the author; import this file on its own`,
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 of 3 imported, 1 failed (✗ above)');
    // Not the picture, nor the subfolder's draft.
    expect(readdirSync(content).sort()).toEqual(['library-to-open-on-sundays.md', 'the-ferry-returns.md']);
  });

  it('given the folder again with --publication then the text takes it, the Markdown keeps its own and is not refused', () => {
    const dir = texts();
    const content = folder();
    // The Markdown imported before (a text with no publication would now be imported too).
    runCli(['import', join(dir, 'ferry.md')], { CONTENT_DIR: content });
    const { code, stdout } = runCli(['import', dir, '--publication', 'Harbour News'], {
      CONTENT_DIR: content,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Already imported, unchanged: “The Ferry Returns”');
    expect(stdout).toContain('Imported “Library to open on Sundays” by Tom Reyes (Harbour News, 2024-03-02)');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 of 2 imported');
    expect(readFileSync(join(content, 'the-ferry-returns.md'), 'utf8')).toContain('publication: Town Crier');
  });

  it('given two files named one by one then both are imported', () => {
    const dir = texts();
    const content = folder();
    const files = [join(dir, 'ferry.md'), join(dir, 'library.txt')];
    const { code, stdout } = runCli(['import', ...files, '--publication', 'Harbour News'], {
      CONTENT_DIR: content,
    });
    expect(code).toBe(0);
    expect(stdout.trimEnd()).toMatch(/\n2 of 2 imported$/);
    expect(readdirSync(content).sort()).toEqual(['library-to-open-on-sundays.md', 'the-ferry-returns.md']);
  });

  it('given several files and an option of one article then it is refused, saying why, and nothing is written', () => {
    const dir = texts();
    const content = folder();
    const { code, stderr } = runCli(['import', dir, '--author', 'Tom Reyes', '--date', '2024-03-02'], {
      CONTENT_DIR: content,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      `--author, --date name one article, and ${dir} is a folder: import such a file on its own to give them`,
    );
    expect(readdirSync(content)).toEqual([]);
  });

  it('given several files and --json then it prints an array of each file’s result', () => {
    const dir = texts();
    writeFileSync(join(dir, 'unsigned.txt'), TEXT.replace('By Tom Reyes\n\n', ''));
    const { code, stdout } = runCli(['import', dir, '--json', '--dry-run'], { CONTENT_DIR: folder() });
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({
      source: join(dir, 'ferry.md'),
      ok: true,
      unchanged: false,
      slug: 'the-ferry-returns',
      written: false,
      article: { publication: 'Town Crier' },
    });
    expect(results[0].content).toContain('title: The Ferry Returns');
    expect(results[1]).toMatchObject({
      source: join(dir, 'library.txt'),
      ok: true,
      article: { publication: '' },
    });
    expect(results[2]).toEqual({
      source: join(dir, 'unsigned.txt'),
      ok: false,
      kind: 'missing-fields',
      message: expect.stringContaining(
        'could not find the author; import this file on its own with --author …',
      ),
    });
  });

  it('given a folder with no text in it then it says so and exits 1', () => {
    const dir = folder();
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50]));
    const { code, stdout } = runCli(['import', dir], { CONTENT_DIR: folder() });
    expect(code).toBe(1);
    expect(stdout).toContain(`✗ ${dir}: a folder with no file to import (.md, .txt or .html`);
  });
});
