import { spawnSync } from 'node:child_process';

/**
 * Tests that run the `quotebot` binary need the compiled output: build it once per run. Type errors do not
 * stop the build here (tsc still emits); `npm run typecheck` is the step that fails on them.
 */
export default function setup(): void {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'ignore',
    cwd: new URL('..', import.meta.url),
  });
  // The WordNet lexicon the search tests use (built once, then reused).
  spawnSync('node', ['dist/scripts/build-lexicon.js'], {
    stdio: 'ignore',
    cwd: new URL('..', import.meta.url),
  });
  // The CLI's bundle, which `bin/quotebot.js` runs: the tests run what users get, never an older bundle.
  const bundle = spawnSync('node', ['dist/scripts/bundle-cli.js'], {
    encoding: 'utf8',
    cwd: new URL('..', import.meta.url),
  });
  if (bundle.status !== 0) throw new Error(`bundling the CLI failed: ${bundle.stderr}`);
}
