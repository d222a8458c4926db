import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
// The Compose Specification's JSON schema (draft-07), vendored with its licence: see vendor/README.md.
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'vendor/compose-spec.json'), 'utf8'),
) as object;

function validator() {
  // strict: false: the schema uses the `patternProperties` and `$id` idioms Ajv's strict mode warns on.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // Its `$schema` names draft-07 by an https URI Ajv does not register (it knows the http one); draft-07
  // is Ajv's default, so it is compiled without that key.
  const { $schema: _draft, ...body } = schema as { $schema?: string };
  return ajv.compile(body);
}

describe('compose.yaml', () => {
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8')) as {
    services: Record<string, Record<string, unknown>>;
    volumes: Record<string, unknown>;
  };

  it('given the Compose Specification schema then the file is valid', () => {
    const validate = validator();
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('given a broken file then the schema check fails (the check is not vacuous)', () => {
    const validate = validator();
    expect(validate({ ...compose, services: { bot: { ...compose.services['bot'], restart: 7 } } })).toBe(
      false,
    );
  });

  it('given the services then the bot waits for a healthy PostgreSQL on a named volume and gets DATABASE_URL', () => {
    const { bot, postgres } = compose.services;
    expect(bot?.['depends_on']).toEqual({ postgres: { condition: 'service_healthy' } });
    expect((bot?.['environment'] as Record<string, string>)['DATABASE_URL']).toMatch(
      /^postgres:\/\/.+@postgres:5432\//,
    );
    expect(postgres?.['healthcheck']).toMatchObject({
      test: expect.arrayContaining([expect.stringMatching(/pg_isready/)]),
    });
    expect(postgres?.['volumes']).toEqual(['postgres-data:/var/lib/postgresql/data']);
    expect(Object.keys(compose.volumes)).toContain('postgres-data');
  });

  it("given a .env with the host's CONTENT_DIR and DATA_DIR then the container still reads its own folders, the articles mounted", () => {
    const { bot } = compose.services;
    // `environment` wins over `env_file`: a host path from .env never reaches the container.
    expect(bot?.['environment']).toMatchObject({ CONTENT_DIR: '/content', DATA_DIR: '/data' });
    expect(bot?.['volumes']).toContain('${CONTENT_DIR:-./content}:/content:ro');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('given its stages then it builds on Node 20 slim, installs production deps with npm ci and runs as non-root', () => {
    expect(dockerfile.match(/^FROM node:20-slim AS \w+$/gm)).toHaveLength(3);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(dockerfile).toMatch(/^RUN npm rebuild better-sqlite3$/m);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/g\+\+|apt-get/);
    expect(runtime).toMatch(/^CMD \["node", "dist\/runtime\/main\.js"\]$/m);
  });
});
