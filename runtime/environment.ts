import dotenv from 'dotenv';
import { loadConfig, unreadVariables, type Config, type ConfigUse } from './config.js';
import { PACKAGE_ROOT, resolvePath } from './paths.js';

/** Configuration from `.env` (if any) and the process environment, with folders resolved. */
export interface Environment {
  readonly config: Config;
  readonly contentDir: string;
  readonly dataDir: string;
}

/** Configuration from `.env` and the environment, checked for what `use` needs (see `ConfigUse`). */
export function loadEnvironment(use: ConfigUse): Environment {
  const { parsed } = dotenv.config({ quiet: true, path: ['.env', `${PACKAGE_ROOT}/.env`] });
  for (const line of unreadVariables(Object.keys(parsed ?? {}))) process.stderr.write(`quotebot: ${line}\n`);
  const config = loadConfig(process.env, use);
  return {
    config,
    contentDir: resolvePath(config.CONTENT_DIR, 'content'),
    dataDir: resolvePath(config.DATA_DIR, 'data'),
  };
}
