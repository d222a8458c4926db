import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/** The package's own folder, whether running from `dist/` or from sources. */
export const PACKAGE_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes('/dist/') ? '../..' : '..',
);

/** A configured path: absolute as given, relative to the working directory, or the package default. */
export function resolvePath(configured: string | undefined, fallback: string): string {
  return configured === undefined ? resolve(PACKAGE_ROOT, fallback) : resolve(configured);
}

/** quotebot's version, as its package.json gives it (`quotebot --version`). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}
