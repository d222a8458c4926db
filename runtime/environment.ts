import dotenv from 'dotenv';
import { loadConfig, unreadVariables, type Config } from './config.js';
import { PACKAGE_ROOT, resolvePath } from './paths.js';

/** Configuration from `.env` (if any) and the process environment, with folders resolved. */
export interface Environment {
  readonly config: Config;
  readonly contentDir: string;
  readonly dataDir: string;
}

export function loadEnvironment(): Environment {
  const { parsed } = dotenv.config({ quiet: true, path: ['.env', `${PACKAGE_ROOT}/.env`] });
  for (const line of unreadVariables(Object.keys(parsed ?? {}))) process.stderr.write(`quotebot: ${line}\n`);
  const config = loadConfig(process.env);
  return {
    config,
    contentDir: resolvePath(config.CONTENT_DIR, 'content'),
    dataDir: resolvePath(config.DATA_DIR, 'data'),
  };
}
