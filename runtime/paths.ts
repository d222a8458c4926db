import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The package's own folder, whether running from `dist/` or from sources. */
export const PACKAGE_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes('/dist/') ? '../..' : '..',
);

/** A configured path: absolute as given, relative to the working directory, or the package default. */
export function resolvePath(configured: string | undefined, fallback: string): string {
  return configured === undefined ? resolve(PACKAGE_ROOT, fallback) : resolve(configured);
}
