import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = '../../scripts/build-if-stale.mjs';
const { buildIsStale } = (await import(SCRIPT)) as { buildIsStale: (root: string) => boolean };

/** A checkout with one source file and, when `built`, the build's last output, each at a time in seconds. */
function checkout(source: number, built?: number): string {
  const root = mkdtempSync(join(tmpdir(), 'quotebot-start-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'index.ts'), 'export {};\n');
  utimesSync(join(root, 'src', 'index.ts'), source, source);
  if (built !== undefined) {
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(root, 'dist', 'cli', 'main.js'), '');
    utimesSync(join(root, 'dist', 'cli', 'main.js'), built, built);
  }
  return root;
}

describe('npm start builds only when it must', () => {
  it('given a build newer than every source then it is not built again', () => {
    expect(buildIsStale(checkout(1_000, 2_000))).toBe(false);
  });

  it('given a source changed after the build then it is built', () => {
    expect(buildIsStale(checkout(3_000, 2_000))).toBe(true);
  });

  it('given a fresh clone with no build then it is built', () => {
    expect(buildIsStale(checkout(1_000))).toBe(true);
  });

  it('given a benchmark result written after the build then it is not built again', () => {
    const root = checkout(1_000, 2_000);
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', 'run.json'), '{}');
    expect(buildIsStale(root)).toBe(false);
  });
});
