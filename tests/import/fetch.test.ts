import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { importArticle, type ImportOptions } from '../../runtime/import/import-article.js';
import { SEED_SLUG } from '../helpers/content.js';
import { startPageServer, type PageServer } from './pages.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const emptyDir = (): string => mkdtempSync(join(tmpdir(), 'quotebot-fetch-'));

async function failure(path: string, options: Partial<ImportOptions> = {}) {
  const contentDir = emptyDir();
  const outcome = await importArticle(server.url(path), { contentDir, timeoutMs: 2000, ...options });
  expect(readdirSync(contentDir)).toEqual([]);
  if (outcome.ok) throw new Error(`${path} imported`);
  return outcome.problem;
}

describe('importing from an address served on 127.0.0.1', () => {
  it('given an article page then the file is written with its metadata and the page address', async () => {
    const contentDir = emptyDir();
    const outcome = await importArticle(server.url('/article'), { contentDir });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value).toMatchObject({
      slug: 'rivers-run-dry-in-the-valley',
      written: true,
      warnings: [],
    });
    const article = parseArticle(
      'rivers-run-dry-in-the-valley.md',
      readFileSync(join(contentDir, 'rivers-run-dry-in-the-valley.md'), 'utf8'),
    );
    expect(article.meta).toMatchObject({
      author: 'Maria Lopez',
      publication: 'The Example Gazette',
      date: '2023-07-09',
      url: 'https://gazette.example/env/rivers-run-dry',
    });
  });

  it('given a redirect then it follows it', async () => {
    const outcome = await importArticle(server.url('/moved'), { contentDir: emptyDir(), dryRun: true });
    expect(outcome.ok && outcome.value.article.meta.title).toBe('Rivers Run Dry in the Valley');
  });

  it('given plain text served as text/plain then the plain-text reader takes it', async () => {
    const outcome = await importArticle(server.url('/seed.txt'), { contentDir: emptyDir(), dryRun: true });
    expect(outcome.ok && outcome.value.slug).toBe(SEED_SLUG);
    expect(outcome.ok && outcome.value.article.meta.url).toBeUndefined();
  });

  it('given a page in ISO-8859-1 then its declared charset is used', async () => {
    const outcome = await importArticle(server.url('/latin1'), { contentDir: emptyDir(), dryRun: true });
    expect(outcome.ok && outcome.value.article.body).toContain('Tomás Reyes');
  });

  it('given a page with no article then nothing is written', async () => {
    expect(await failure('/login')).toMatchObject({ code: 'no-article' });
  });

  it('given a page larger than the limit then it stops reading and says so', async () => {
    expect(await failure('/huge', { maxBytes: 256 * 1024 })).toMatchObject({
      code: 'too-large',
      limit: 256 * 1024,
    });
    expect(await failure('/huge-declared')).toMatchObject({ code: 'too-large' });
  });

  it('given a server that stalls then the import times out', async () => {
    const started = Date.now();
    expect(await failure('/slow', { timeoutMs: 300 })).toMatchObject({ code: 'timeout', limit: 300 });
    expect(await failure('/silent', { timeoutMs: 300 })).toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('given a missing page then the status is reported', async () => {
    expect(await failure('/nothing-here')).toMatchObject({ code: 'http-status', status: 404 });
  });

  it('given an image, binary bytes or nothing at all then it is not a page', async () => {
    expect(await failure('/image')).toMatchObject({ code: 'not-a-page', detail: 'image/png' });
    expect(await failure('/nul')).toMatchObject({ code: 'binary' });
    expect(await failure('/empty')).toMatchObject({ code: 'empty' });
  });

  it('given an address nobody answers then the fetch fails with the reason', async () => {
    const contentDir = emptyDir();
    const closed = await startPageServer();
    const address = closed.url('/article');
    await closed.close();
    const outcome = await importArticle(address, { contentDir, timeoutMs: 2000 });
    expect(!outcome.ok && outcome.problem).toMatchObject({ code: 'fetch-failed', detail: 'ECONNREFUSED' });
    const ftp = await importArticle('ftp://127.0.0.1/x', { contentDir });
    expect(!ftp.ok && ftp.problem.code).toBe('fetch-failed');
  });
});
