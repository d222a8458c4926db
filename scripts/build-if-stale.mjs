// `npm start` runs this before the bot: it builds only when the build is missing or older than a source, so
// a start with an up-to-date build takes the bot's own start-up time (1.6 s, against 27 s with a rebuild on
// a busy machine). Plain JavaScript: it must run before anything is built, on a fresh clone too.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads: the code, the scripts that build the lexicon and the CLI bundle, its settings. */
const SOURCE_FOLDERS = ['src', 'adapters', 'runtime', 'scripts', 'bench'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** The build's last output (bundle-cli runs last): older than a source, or missing, means build again. */
export const BUILD_OUTPUT = join('dist', 'cli', 'main.js');

const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

function newestIn(folder) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    // Hidden files and a benchmark's results are no source (bench/results, bench/.tmp…).
    if (entry.name.startsWith('.') || entry.name === 'results') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else newest = Math.max(newest, modified(path) ?? 0);
  }
  return newest;
}

/** Whether the build in `root` is missing or older than any of its sources. */
export function buildIsStale(root) {
  const built = modified(join(root, BUILD_OUTPUT));
  if (built === undefined) return true;
  const sources = Math.max(
    ...SOURCE_FOLDERS.map((folder) => newestIn(join(root, folder))),
    ...SOURCE_FILES.map((file) => modified(join(root, file)) ?? 0),
  );
  return sources > built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  if (buildIsStale(root)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { status } = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    process.exitCode = status ?? 1;
  }
}
