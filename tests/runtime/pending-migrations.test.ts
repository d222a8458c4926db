import { describe, expect, it } from 'vitest';
import { pendingMigrations, SchemaTooNewError, type Migration } from '../../runtime/store/migrations.js';

const step = (version: number): Migration => ({ version, name: `step ${version}`, sql: `-- ${version}` });
const STEPS = [step(3), step(1), step(2)];

describe('pendingMigrations', () => {
  it('given a new schema then every step, in version order, and the newest version', () => {
    const { known, pending } = pendingMigrations('daily', STEPS, 0);
    expect(known).toBe(3);
    expect(pending.map((migration) => migration.version)).toEqual([1, 2, 3]);
  });

  it('given a schema at a version then only the later steps', () => {
    expect(pendingMigrations('daily', STEPS, 2).pending).toEqual([step(3)]);
    expect(pendingMigrations('daily', STEPS, 3)).toEqual({ known: 3, pending: [] });
  });

  it('given no steps then nothing to do, at version 0', () => {
    expect(pendingMigrations('shared', [], 0)).toEqual({ known: 0, pending: [] });
  });

  it('given a schema newer than the steps then it refuses, naming the scope and both versions', () => {
    expect(() => pendingMigrations('daily', STEPS, 4)).toThrow(SchemaTooNewError);
    expect(() => pendingMigrations('daily', STEPS, 4)).toThrow(
      "the database's daily schema is version 4; this quotebot knows up to 3",
    );
  });
});
