import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary, reloadLibrary, type LibraryState } from '../../runtime/library-loader.js';
import { PrefaultedMemory } from '../../runtime/prefaulted-memory.js';
import { Library, type IndexSnapshot } from '../../src/index.js';

function source(n: number, extra = ''): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const body = [
    `The ferry to island ${n} left at dawn. Gulls followed it past the breakwater.`,
    `Fares rose by ${n + 3} percent this spring.${extra} The harbour master kept the old timetable.`,
  ].join('\n\n');
  return `---\ntitle: "Ferry news ${n}"\nauthor: Ana Ruiz\npublication: Island Post\ndate: 2022-0${(n % 9) + 1}-${day}\n---\n\n${body}\n`;
}

const QUERIES = ['ferry dawn', 'island 4', 'harbour timetable', 'gulls breakwater', 'pelican', 'frares rose'];

const plain = (index: IndexSnapshot): unknown =>
  Object.fromEntries(
    Object.entries(index).map(([key, value]: [string, unknown]) => [
      key,
      ArrayBuffer.isView(value) ? [...(value as Uint32Array)] : value,
    ]),
  );

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function contentOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-pickup-'));
  dirs.push(dir);
  for (let n = 0; n < count; n++) writeFileSync(join(dir, `ferry-${n}.md`), source(n));
  return dir;
}

describe('picking up changed files', () => {
  it('given the watcher names the files added, changed and removed then the library is a fresh build of the folder', async () => {
    const content = contentOf(12);
    let state: LibraryState = loadLibrary(content).state;
    const edits: (() => string[])[] = [
      () => {
        writeFileSync(join(content, 'ferry-4.md'), source(4, ' A pelican nested on the pier.'));
        return ['ferry-4.md'];
      },
      () => {
        writeFileSync(join(content, 'ferry-30.md'), source(30));
        unlinkSync(join(content, 'ferry-7.md'));
        return ['ferry-30.md', 'ferry-7.md'];
      },
      // Another date: the article moves in the library's order.
      () => {
        writeFileSync(join(content, 'ferry-2.md'), source(16, ' Frares rose again.'));
        return ['ferry-2.md', '.ferry-2.md.swp'];
      },
    ];
    const memory = new PrefaultedMemory();
    for (const edit of edits) {
      memory.prepare(state.library.exportIndex());
      await yieldToEvents();
      const named = edit();
      const reloaded = reloadLibrary(content, state, memory, new Set(named));
      memory.release();
      const fresh = loadLibrary(content);
      expect(reloaded.scan.list.map((a) => a.slug)).toEqual(fresh.library.articles.map((a) => a.slug).sort());
      const built = fresh.library;
      expect(plain(reloaded.state.library.exportIndex())).toEqual(plain(built.exportIndex()));
      for (const query of QUERIES)
        expect(reloaded.state.library.search({ query })).toEqual(built.search({ query }));
      state = reloaded.state;
    }
  });

  it('given a file the watcher did not name then it is not read, and a full reload reads it', () => {
    const content = contentOf(3);
    const state = loadLibrary(content).state;
    writeFileSync(join(content, 'ferry-1.md'), source(1, ' A pelican nested on the pier.'));
    const named = reloadLibrary(content, state, undefined, new Set(['ferry-0.md']));
    expect(named.parsed).toBe(0);
    const full = reloadLibrary(content, state);
    expect(full.parsed).toBe(1);
    expect(full.state.library.search({ query: 'pelican pier' }).hits).toHaveLength(1);
  });

  it('given memory handed out while it is still being touched then its data is never overwritten', async () => {
    const memory = new PrefaultedMemory();
    const library = Library.create(loadLibrary(contentOf(4)).library.articles);
    memory.prepare(library.exportIndex());
    await yieldToEvents();
    const taken = memory.uint32(8);
    // From the prepared memory, not a fresh array.
    expect(taken.buffer.byteLength).toBeGreaterThan(32);
    taken.fill(7);
    for (let turn = 0; turn < 20; turn++) await yieldToEvents();
    expect([...taken]).toEqual(new Array<number>(8).fill(7));
    memory.release();
    expect([...memory.uint16(4)]).toEqual([0, 0, 0, 0]);
  });
});
