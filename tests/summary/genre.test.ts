import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../src/index.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { loadBbcArticles } from '../helpers/bbc.js';
import { seedArticle } from '../helpers/content.js';
import { fixtureArticle, TRAM_PARAGRAPHS, TRAM_TITLE } from './fixtures.js';
import { cycleArticle, harbourArticle, marketArticle } from './fixtures-news.js';

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

  it('given a French and a German news report then every summary opens with its lead, as an English report does', () => {
    for (const article of [marketArticle(), cycleArticle()]) {
      expect(scoreSentences(article, DEFAULT_SUMMARY_OPTIONS).genre, article.slug).toBe('news');
      const requests = [
        ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
        ...[1, 2, 3].map((sentences) => ({ sentences })),
      ];
      for (const request of requests) {
        const [opening] = summarize(article, request).sentences;
        expect(opening!.id, `${article.slug} ${JSON.stringify(request)}`).toBe(`${article.slug}#0`);
      }
    }
  });

  it('given a quotation between « and » or „ and “ then it counts as a quotation, as one between " and " does', () => {
    for (const article of [marketArticle(), cycleArticle(), harbourArticle()]) {
      const quoting = scoreSentences(article, DEFAULT_SUMMARY_OPTIONS)
        .sentences.filter((sentence) => sentence.news!.quote === 1)
        .map((sentence) => sentence.passage.text);
      expect(quoting, article.slug).toEqual([expect.stringMatching(/[«„"]/)]);
    }
  });

  it('given addresses read as reports whose transcript opens with a courtesy then no summary of them opens with it', () => {
    const addresses = loadSotuArticles([
      '1994_william_j_clinton_d.json',
      '2006_george_w_bush_r.json',
      '2013_barack_obama_d.json',
      '2016_barack_obama_d.json',
    ]);
    for (const address of addresses) {
      expect(scoreSentences(address, DEFAULT_SUMMARY_OPTIONS).genre, address.slug).toBe('news');
      expect(address.sentences[0]!.text, address.slug).toMatch(/^(Thank you|Please)/);
      for (const length of ['short', 'medium', 'long'] as const) {
        const [opening] = summarize(address, { length }).sentences;
        expect(opening!.text, `${address.slug} ${length}`).not.toMatch(/^(Thank you|Please)/);
      }
    }
  });

  it('given an address pasted as one paragraph and read as an argument then its summary does not open with its courtesy', () => {
    const [address] = loadSotuArticles(['1996_william_j_clinton_d.json']);
    const text = address!.sentences.map((sentence) => sentence.text).join(' ');
    const pasted = fixtureArticle('clinton-1996', [text], { title: 'State of the Union 1996' });
    expect(scoreSentences(pasted, DEFAULT_SUMMARY_OPTIONS).genre).toBe('argument');
    expect(pasted.sentences[0]!.text).toBe('Thank you very much.');
    for (const length of ['short', 'medium', 'long'] as const)
      expect(summarize(pasted, { length }).sentences[0]!.text, length).not.toMatch(/^Thank you/);
  });

  it('given the 40 BBC news articles at every length and 1–3 sentences then each summary opens with the lead, and a sentence that leans on the one before comes only after it', () => {
    for (const article of loadBbcArticles()) {
      const requests = [
        ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
        ...[1, 2, 3].map((sentences) => ({ sentences })),
      ];
      for (const request of requests) {
        const summary = summarize(article, request);
        const indices = summary.sentences.map((s) => Number(s.id.split('#')[1]));
        expect(indices[0], `${article.slug} ${JSON.stringify(request)}`).toBe(0);
        const scored = scoreSentences(article, DEFAULT_SUMMARY_OPTIONS).sentences;
        const dependent = scored.map((s) => s.cues.dependent);
        // A consequence told without its cause ("As a result, …") may come after any sentence of its paragraph.
        const causeShown = (at: number): boolean =>
          scored[at]!.cues.consequence &&
          indices.some((i) => i < at && scored[i]!.passage.paragraph === scored[at]!.passage.paragraph);
        const dangling = indices.filter(
          (at) => at > 0 && dependent[at] && !indices.includes(at - 1) && !causeShown(at),
        );
        // Only when nothing else is left to take (an article of few sentences).
        if (dangling.length > 0)
          expect(indices.length).toBeGreaterThan(article.sentences.length - dependent.filter(Boolean).length);
      }
    }
  });
});
