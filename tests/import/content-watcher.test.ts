import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { LibraryHolder, watchContentDir } from '../../runtime/content-watcher.js';
import {
  articlesCommand,
  Bot,
  draftToMarkdown,
  parseCommandText,
  type ContentReload,
} from '../../src/index.js';
import { seedLibrary } from '../helpers/content.js';

const article = (title: string, sentence = 'The harbour was busy all summer.'): string =>
  draftToMarkdown({
    title,
    author: 'Ana Silva',
    publication: 'Coast News',
    date: '2021-03-03',
    tags: [],
    paragraphs: [sentence],
  });

/** Waits until `condition` holds, checking every 20 ms, for at most 3 s. */
const until = (condition: () => boolean) => vi.waitUntil(condition, { timeout: 3000, interval: 20 });

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function watched() {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-watch-'));
  writeFileSync(join(dir, 'harbour.md'), article('Harbour'));
  const { holder } = LibraryHolder.load(dir);
  const reloads: ContentReload[] = [];
  const watcher = watchContentDir(holder, {
    debounceMs: 30,
    checkEveryMs: 100,
    onReload: (r) => reloads.push(r),
  });
  closers.push(() => watcher.close());
  return { dir, holder, reloads, slugs: () => holder.current.articles.map((a) => a.slug) };
}

describe('the content watcher', () => {
  it('given files added, changed and removed then the library follows without a restart', async () => {
    const { dir, holder, slugs } = watched();
    const bot = new Bot(holder);
    writeFileSync(join(dir, 'wind.md'), article('Wind'));
    await until(() => slugs().includes('wind'));
    expect(bot.library.article('wind')?.meta.title).toBe('Wind');
    writeFileSync(join(dir, 'wind.md'), article('Wind Farms', 'Turbines went up on Tuesday.'));
    await until(() => holder.current.article('wind')?.meta.title === 'Wind Farms');
    expect(bot.handle({ kind: 'quote', query: 'turbines' })).toMatchObject({ kind: 'quote' });
    rmSync(join(dir, 'wind.md'));
    await until(() => !slugs().includes('wind'));
    expect(slugs()).toEqual(['harbour']);
  });

  it('given a file ending .MD added then it is read as a .md file is', async () => {
    const { dir, slugs } = watched();
    writeFileSync(join(dir, 'wind.MD'), article('Wind'));
    await until(() => slugs().includes('wind'));
    expect(slugs().sort()).toEqual(['harbour', 'wind']);
  });

  it('given a bad file then it is reported and skipped, and the others stay', async () => {
    const { dir, reloads, slugs } = watched();
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: x\n---\nText.');
    await until(() => reloads.length > 0);
    expect(reloads.at(-1)).toEqual({
      articles: 1,
      problems: [{ file: 'broken.md', message: 'broken.md: author: and date: are required' }],
      keptPrevious: false,
    });
    expect(slugs()).toEqual(['harbour']);
  });

  it('given editors’ temporary files then nothing is reloaded', async () => {
    const { dir, reloads } = watched();
    for (const name of ['.harbour.md.swp', 'harbour.md~', '4913', '.#harbour.md', 'notes.txt'])
      writeFileSync(join(dir, name), 'x');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(reloads).toEqual([]);
  });

  it('given the folder disappears and comes back then the old library is kept, then the new one loads', async () => {
    const { dir, reloads, slugs } = watched();
    renameSync(dir, `${dir}-away`);
    await until(() => reloads.some((reload) => reload.keptPrevious));
    expect(slugs()).toEqual(['harbour']);
    mkdirSync(dir);
    writeFileSync(join(dir, 'tide.md'), article('Tide'));
    await until(() => slugs().includes('tide'));
    expect(slugs()).toEqual(['tide']);
  });
});

describe('/articles reload', () => {
  it('given the command text then it is a reload request, for managers only', async () => {
    const parsed = parseCommandText(articlesCommand, 'reload');
    expect(parsed).toEqual({ kind: 'options', values: { reload: true } });
    if (parsed.kind !== 'options') return;
    const caller = { platform: 'slack', channelId: 'C1', workspaceId: null, userId: 'U1' } as const;
    expect(articlesCommand.resolve({ values: parsed.values, caller })).toEqual({
      kind: 'request',
      request: { kind: 'articles-reload' },
      privately: true,
    });
    expect(articlesCommand.resolve({ values: {}, caller })).toMatchObject({ request: { kind: 'articles' } });
  });

  it('given free words then they are the command\u2019s own, and about: takes words only after its name', () => {
    expect(parseCommandText(articlesCommand, '2')).toEqual({ kind: 'options', values: { page: 2 } });
    expect(parseCommandText(articlesCommand, 'about:oil prices page:2')).toEqual({
      kind: 'options',
      values: { about: 'oil prices', page: 2 },
    });
    expect(parseCommandText(articlesCommand, 'about:oil prices')).toEqual({
      kind: 'options',
      values: { about: 'oil prices' },
    });
  });

  it('given a bot on a holder then managers reload and others are refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotebot-reload-'));
    writeFileSync(join(dir, 'harbour.md'), article('Harbour'));
    const { holder } = LibraryHolder.load(dir);
    const bot = new Bot(holder);
    writeFileSync(join(dir, 'tide.md'), article('Tide'));
    expect(bot.reloadArticles({ kind: 'articles-reload', canManage: false })).toEqual({
      kind: 'not-allowed',
      action: 'articles-reload',
      reason: 'not-manager',
    });
    expect(bot.library.articles).toHaveLength(1);
    expect(bot.reloadArticles({ kind: 'articles-reload', canManage: true })).toEqual({
      kind: 'reloaded',
      articles: 2,
      problems: [],
      keptPrevious: false,
    });
    expect(bot.library.articles).toHaveLength(2);
    expect(await answerLine(bot, '/articles reload', { followUps: undefined }, { color: false })).toBe(
      'Reloaded: 2 articles.',
    );
  });

  it('given a bot on a fixed library then reloading is unavailable', () => {
    expect(new Bot(seedLibrary()).reloadArticles({ kind: 'articles-reload', canManage: true })).toMatchObject(
      {
        kind: 'not-allowed',
        reason: 'unavailable',
      },
    );
  });
});
