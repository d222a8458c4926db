import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { commandNameSettings, slackCommandNames } from '../adapters/slack/command-names.js';
import {
  committedManifest,
  MANIFEST_FILES,
  manifestOptions,
  slackManifestYaml,
} from '../adapters/slack/manifest.js';
import { loadEnvironment } from '../runtime/environment.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { COMMANDS } from '../src/index.js';

const USAGE = `Usage: npm run slack:manifest [-- options]
  (no options)                rewrite manifests/slack-app.{socket,http}.yaml (default command names)
  --check                     exit 1 if the committed manifests differ from the generator's output
  --mode socket|http          print a manifest with the command names configured in .env / the environment
  --url https://host          with --mode http: the public base URL Slack posts to
  --name <app name>           with --mode: the app and bot user name (default quotebot)`;

function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      check: { type: 'boolean' },
      mode: { type: 'string' },
      url: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.mode === undefined && (values.url !== undefined || values.name !== undefined)) {
    console.error(
      `slack:manifest: --url and --name go with --mode (--mode http --url https://host)\n\n${USAGE}`,
    );
    return 2;
  }
  if (values.mode !== undefined) {
    const options = manifestOptions({ mode: values.mode, url: values.url, name: values.name });
    if ('problem' in options) {
      console.error(`slack:manifest: ${options.problem}\n\n${USAGE}`);
      return 2;
    }
    const names = slackCommandNames(COMMANDS, commandNameSettings(loadEnvironment('command').config));
    process.stdout.write(slackManifestYaml(COMMANDS, names, options));
    return 0;
  }
  let stale = 0;
  for (const mode of ['socket', 'http'] as const) {
    const path = join(PACKAGE_ROOT, MANIFEST_FILES[mode]);
    const expected = committedManifest(mode);
    if (values.check) {
      let actual = '';
      try {
        actual = readFileSync(path, 'utf8');
      } catch {
        // a missing file is stale
      }
      if (actual !== expected) {
        console.error(`${MANIFEST_FILES[mode]} is out of date: run npm run slack:manifest`);
        stale += 1;
      }
    } else {
      writeFileSync(path, expected);
      console.log(`wrote ${MANIFEST_FILES[mode]}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
