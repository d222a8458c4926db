#!/usr/bin/env node
// The CLI runs from its bundle (dist/cli, see scripts/bundle-cli.ts); `npm install` builds it (the "prepare"
// script), as does `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('quotebot: not built yet. Run `npm install` (or `npm run build`) first.\n');
  process.exit(1);
}
await import(entry.href);
