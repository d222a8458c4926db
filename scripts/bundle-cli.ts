/**
 * Bundles the `quotebot` CLI into `dist/cli/` (run by `npm run build`, after tsc). A cold `quotebot quote`
 * was mostly Node's module loader: about 75 of our own modules, zod's 95 and yaml's 74, each resolved, read
 * and compiled. The bundle is one entry and a few chunks; the commands that need SQLite, the platform
 * clients or the card painter still load them only when run (dynamic imports become chunks).
 * Usage: `node dist/scripts/bundle-cli.js`. The folder is emptied first, so that no chunk of an older build
 * stays behind.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'dist/cli');

/**
 * The dependencies a quote needs, bundled: small, pure JavaScript. Every other dependency stays a package
 * that Node loads from node_modules when a command needs it: native addons (better-sqlite3, resvg) cannot
 * be bundled, and the platform clients, pino and the card painter load files of their own at run time.
 */
const BUNDLED = new Set(['zod', 'yaml', 'dotenv', 'fuse.js', 'stemmer', 'lru-cache']);

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(manifest.dependencies).filter((name) => !BUNDLED.has(name));

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  // The card painter runs in a worker thread started from `./card-worker.js` next to its own chunk.
  entryPoints: { main: 'adapters/cli/main.ts', 'card-worker': 'runtime/card/card-worker.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Bundled CommonJS (dotenv, yaml) calls require() for Node's own modules; an ES module has none.
  banner: {
    js: "import { createRequire as quotebotRequire } from 'node:module'; const require = quotebotRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
