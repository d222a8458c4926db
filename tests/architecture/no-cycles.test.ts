import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The lint rule `import-x/no-cycle` sees value imports only; a cycle of `import type` still ties two
 * files' meanings together. This scan follows every relative import, types included.
 */

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src', 'adapters', 'runtime'];
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The import graph: file → the files it imports (relative `.js` specifiers name `.ts` files). */
export function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      [...read(file).matchAll(IMPORT)]
        .map((match) => resolve(dirname(file), (match[1] ?? match[2]!).replace(/\.js$/, '.ts')))
        .filter((target) => files.includes(target)),
    ]),
  );
}

/** Every cycle's files, found as the strongly connected components with more than one file (Tarjan). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('imports', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it('given src, adapters and runtime then no files import each other in a circle, types included', () => {
    expect(files.length).toBeGreaterThan(100);
    const cycles = cyclesOf(importGraph(files, (file) => readFileSync(file, 'utf8')));
    expect(cycles.map((cycle) => cycle.map((file) => relative(ROOT, file)).sort())).toEqual([]);
  });

  it("given two files that import each other's types then the scan finds the cycle", () => {
    const sources: Record<string, string> = {
      '/x/a.ts': "import type { B } from './b.js';",
      '/x/b.ts': "import type { A } from './a.js';\nimport { C } from './c.js';",
      '/x/c.ts': '',
    };
    const cycles = cyclesOf(importGraph(Object.keys(sources), (file) => sources[file]!));
    expect(cycles.map((cycle) => cycle.sort())).toEqual([['/x/a.ts', '/x/b.ts']]);
  });
});
