import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as ResvgModule from '@resvg/resvg-js';
import type * as FontkitModule from 'fontkit';
import type * as SatoriModule from 'satori/standalone';

/*
 * The card's engines (satori, resvg, fontkit), loaded through `require` from their CommonJS builds. Most of
 * a new card worker's start is loading code, and Node 20's ESM loader costs about twice the CPU of
 * `require` here: every CommonJS file that ESM imports (satori's opentype.js, linebreak, …) is scanned
 * by cjs-module-lexer for its export names, and files of packages without a "type" are compiled once
 * more to detect their format. Satori is its "standalone" build, whose layout engine (yoga, as WebAssembly)
 * is read from the package's own `layout.wasm` rather than decoded from 700 kB of inline base64.
 */

const require = createRequire(import.meta.url);

type Satori = typeof SatoriModule;

const satoriModule = require('satori/standalone') as Satori;

/** satori's layout engine, compiled once per thread on first use. */
let layoutReady: Promise<void> | undefined;

/** satori, its layout engine started (the first call compiles the WebAssembly). */
export async function loadSatori(): Promise<Satori['default']> {
  layoutReady ??= satoriModule.init(readFileSync(require.resolve('satori/layout.wasm')));
  await layoutReady;
  return satoriModule.default;
}

export const { Resvg } = require('@resvg/resvg-js') as typeof ResvgModule;

export const fontkit = require('fontkit') as typeof FontkitModule;
