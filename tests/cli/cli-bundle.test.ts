import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the quotebot binary (the bundle in dist/cli)', () => {
  it('given a snapshot the binary wrote then the compiled bot loads it as current, and back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotebot-cli-bundle-'));
    dirs.push(dir);
    const env = { CONTENT_DIR: join(ROOT, 'content'), DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'debug' };
    const first = runCli(['quote', 'election', '--json'], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('library snapshot built');
    // The bot runs the files tsc compiled (dist/runtime), not the bundle: both must hash the same code.
    const bot = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { loadLibrary } = await import(${JSON.stringify(join(ROOT, 'dist/runtime/library-loader.js'))});
         process.stdout.write(loadLibrary(process.env.CONTENT_DIR, { dataDir: process.env.DATA_DIR }).index);`,
      ],
      { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 },
    );
    expect(bot.stderr).toBe('');
    expect(bot.stdout).toBe('loaded');
    const again = runCli(['quote', 'election', '--json'], env);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
  });
});

/** The chunks of dist/cli that loading `files` loads at once: static imports only, not `import()`. */
function loadedWith(files: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = [...files];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(ROOT, 'dist/cli', file), 'utf8');
    for (const match of text.matchAll(/^import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/gm))
      todo.push(match[1]!);
  }
  return [...seen];
}

describe('what a quote loads of the bundle', () => {
  it('given a quote whose library snapshot is current then no chunk it loads holds the YAML parser', () => {
    const names = readdirSync(join(ROOT, 'dist/cli'));
    const chunkOf = (module: string): string => names.find((name) => name.startsWith(`${module}-`))!;
    const loaded = loadedWith(['main.js', chunkOf('library-load'), chunkOf('quote-command')]);
    const withYaml = loaded.filter((file) =>
      readFileSync(join(ROOT, 'dist/cli', file), 'utf8').includes('// node_modules/yaml/'),
    );
    expect(loaded.length).toBeGreaterThan(3);
    expect(withYaml).toEqual([]);
    // The parser is still in the bundle, for a file that changed.
    expect(
      loadedWith([chunkOf('content-dir')]).some((file) =>
        readFileSync(join(ROOT, 'dist/cli', file), 'utf8').includes('// node_modules/yaml/'),
      ),
    ).toBe(true);
  });
});
