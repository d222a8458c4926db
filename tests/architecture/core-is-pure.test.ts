import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CORE = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const FORBIDDEN_PACKAGES = [
  /^discord\.js$/,
  /^@discordjs\//,
  /^@slack\//,
  /^better-sqlite3$/,
  /^ws$/,
  /^undici/,
  /^dotenv/,
  /^pino/,
  /^croner$/,
];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPURE_GLOBALS = [
  /process\.env/,
  /\bDate\.now\(/,
  /new Date\(\s*\)/,
  /Math\.random\(/,
  /\bfetch\(/,
  /\bsetTimeout\(/,
];

const files = sourceFiles(CORE).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the core in src/', () => {
  it('given its files then there are some (the scan is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [file.path, file] as const))(
    // Imports of adapters or the runtime are refused by lint (`import-x/no-restricted-paths`).
    'given %s then it imports no platform, storage, network or node I/O module',
    (_, file) => {
      const specifiers = [...file.text.matchAll(IMPORT)].map((match) => match[1] ?? match[2]!);
      for (const specifier of specifiers) {
        expect(NODE_BUILTINS.has(specifier), `${file.path} imports ${specifier}`).toBe(false);
        expect(
          FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier)),
          `${file.path} imports ${specifier}`,
        ).toBe(false);
      }
    },
  );

  it.each(files.map((file) => [file.path, file] as const))(
    'given %s then it reads no clock, randomness or environment',
    (_, file) => {
      const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const pattern of IMPURE_GLOBALS)
        expect(pattern.test(code), `${file.path} uses ${pattern.source}`).toBe(false);
    },
  );

  it('given a file that imports node:fs then the scan would catch it', () => {
    const sample = "import { readFileSync } from 'node:fs';\nimport x from 'discord.js';";
    const specifiers = [...sample.matchAll(IMPORT)].map((match) => match[1] ?? match[2]!);
    expect(specifiers).toEqual(['node:fs', 'discord.js']);
  });
});
