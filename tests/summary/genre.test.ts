import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../src/index.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { seedArticle } from '../helpers/content.js';
import { fixtureArticle, TRAM_PARAGRAPHS, TRAM_TITLE } from './fixtures.js';
import { harbourArticle } from './fixtures-news.js';

describe('reading what kind of piece an article is', () => {
  it('given the seed essay and the tram argument then both read as arguments', () => {
    expect(scoreSentences(seedArticle(), DEFAULT_SUMMARY_OPTIONS).genre).toBe('argument');
    const trams = fixtureArticle('trams', TRAM_PARAGRAPHS, { title: TRAM_TITLE });
    expect(scoreSentences(trams, DEFAULT_SUMMARY_OPTIONS).genre).toBe('argument');
  });

  it('given a news report (facts, a quote, background) then it reads as news', () => {
    expect(scoreSentences(harbourArticle(), DEFAULT_SUMMARY_OPTIONS).genre).toBe('news');
  });

  it('given a news report then the summary opens with its lead and leaves the background out', () => {
    const short = summarize(harbourArticle(), { length: 'short' }).sentences.map((s) => s.id);
    expect(short).toContain('harbour#0');
    expect(short).not.toContain('harbour#7');
    expect(short).not.toContain('harbour#8');
  });
});
