import dotenv from 'dotenv';
import { loadConfig, unreadVariables, type Config, type ConfigUse } from './config.js';
import { PACKAGE_ROOT, resolvePath } from './paths.js';
import { librarySnapshotDir } from './snapshot/snapshot-folders.js';

/** Configuration from `.env` (if any) and the process environment, with folders resolved. */
export interface Environment {
  readonly config: Config;
  readonly contentDir: string;
  readonly dataDir: string;
  /** Where the content folder's library snapshot is kept (see `snapshotDirOf`). */
  readonly snapshotDir: string;
}

/** The package's own content folder (the seed), the default `CONTENT_DIR`. */
const DEFAULT_CONTENT_DIR = 'content';
/** The package's own data folder, the default `DATA_DIR`. */
const DEFAULT_DATA_DIR = 'data';

/** Configuration from `.env` and the environment, checked for what `use` needs (see `ConfigUse`). */
export function loadEnvironment(use: ConfigUse): Environment {
  const { parsed } = dotenv.config({ quiet: true, path: ['.env', `${PACKAGE_ROOT}/.env`] });
  for (const line of unreadVariables(Object.keys(parsed ?? {}))) process.stderr.write(`quotebot: ${line}\n`);
  const config = loadConfig(process.env, use);
  const contentDir = resolvePath(config.CONTENT_DIR, DEFAULT_CONTENT_DIR);
  const dataDir = resolvePath(config.DATA_DIR, DEFAULT_DATA_DIR);
  return { config, contentDir, dataDir, snapshotDir: snapshotDirOf(contentDir, config.DATA_DIR, dataDir) };
}

/**
 * The folder of a content folder's library snapshot. A `DATA_DIR` that is set is the bot's, paired with its
 * `CONTENT_DIR`: the snapshot is there. Without one, the package's data folder is shared by every content
 * folder a command line is pointed at: the package's own articles keep it, and another folder's snapshot is
 * kept in a folder of its own there (`data/libraries/<folder name>-<hash of its path>`), so that runs over two
 * folders each reuse theirs, instead of each rewriting the one file the other wrote. Such a folder is removed
 * once its content folder is gone (see `tidyLibraryFolders`).
 */
export function snapshotDirOf(
  contentDir: string,
  configuredDataDir: string | undefined,
  dataDir: string,
): string {
  if (configuredDataDir !== undefined || contentDir === resolvePath(undefined, DEFAULT_CONTENT_DIR))
    return dataDir;
  return librarySnapshotDir(dataDir, contentDir);
}
