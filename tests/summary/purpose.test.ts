import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, summarize, type SummaryLength } from '../../src/index.js';
import { namesPurpose, opensOnClockTime } from '../../src/summary/purpose.js';
import { fixtureArticle } from './fixtures.js';

const TEAM = join(import.meta.dirname, '../fixtures/team22');
const teamDoc = (slug: string) => parseArticle(`${slug}.md`, readFileSync(join(TEAM, `${slug}.md`), 'utf8'));
const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);
const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

describe('a heading that names what a document is for', () => {
  it('given the section names of postmortems, RFCs and papers, then those of purpose or finding are read so', () => {
    for (const heading of [
      'Summary',
      'Root cause',
      'Why',
      'Motivation',
      'Context',
      'Conclusions',
      'Key findings',
      'TL;DR',
      'Abstract',
      'Why it matters for us',
      'Summary of progress',
    ])
      expect(namesPurpose(heading), heading).toBe(true);
    for (const heading of [
      'Timeline (all times UTC)',
      'What went well',
      'Action items',
      'Methods',
      'Results',
      'Why did the build fail?',
      'A summary of the many things the board discussed at length',
    ])
      expect(namesPurpose(heading), heading).toBe(false);
  });

  it('given lines of a timeline, then they open on a clock time, and a figure does not', () => {
    expect(opensOnClockTime('14:11 Failover completes.')).toBe(true);
    expect(opensOnClockTime('[22:14:05] The node is drained.')).toBe(true);
    expect(opensOnClockTime('9.30pm The alert fires.')).toBe(true);
    expect(opensOnClockTime('1.25 million people were affected.')).toBe(false);
    expect(opensOnClockTime('2024 was the warmest year.')).toBe(false);
  });
});

describe('a structured document summarised', () => {
  it('given the March postmortem, then every length holds its summary and its root cause, and no timeline line', () => {
    const doc = teamDoc('postmortem-checkout-api-outage-14-march-2026');
    for (const length of LENGTHS) {
      const said = texts(summarize(doc, { length }));
      expect(said[0], length).toMatch(/^On Saturday 14 March 2026 the checkout API/);
      expect(said, length).toContain('The root cause was a combination of two things.');
      expect(
        said.some((text) => text.startsWith('First, write-ahead log (WAL) files piled up')),
        length,
      ).toBe(true);
      expect(said.filter(opensOnClockTime), length).toEqual([]);
    }
  });

  it('given the Kubernetes postmortem, whose "Root cause." is a label, then its cause is in every summary', () => {
    const doc = teamDoc('postmortem-kubernetes-node-pool-upgrade-takes-down-the-notifications-service');
    for (const length of LENGTHS) {
      const said = texts(summarize(doc, { length }));
      expect(said, length).toContain('The root cause was missing protection at two levels.');
      expect(said.filter(opensOnClockTime), length).toEqual([]);
    }
  });

  it('given the search postmortem, then its short summary says the cache had no protection', () => {
    const said = texts(
      summarize(teamDoc('postmortem-search-latency-and-cache-stampede-21-may-2026'), { length: 'short' }),
    );
    expect(said).toContain('The cache had no protection against a stampede.');
    expect(said.filter(opensOnClockTime)).toEqual([]);
  });

  it('given RFC-015, then its summary opens on its "Why"', () => {
    for (const length of LENGTHS)
      expect(
        texts(summarize(teamDoc('rfc-015-feature-flags-and-progressive-delivery'), { length }))[0],
        length,
      ).toBe('Rollback is our only safety net today.');
  });

  it('given the lab library IL-6 review, then its short summary holds its conclusion rather than an open question', () => {
    const slug = 'il-6-signaling-links-inflammation-anemia-and-tumor-progression-a-review-for-the';
    const review = parseArticle(
      `${slug}.md`,
      readFileSync(join(import.meta.dirname, '../fixtures/lab23', `${slug}.md`), 'utf8'),
    );
    const said = texts(summarize(review, { length: 'short' }));
    expect(said.some((text) => text.startsWith('IL-6 sits at the crossroads of inflammation'))).toBe(true);
    expect(said.filter((text) => /^\d+\. /.test(text))).toEqual([]);
  });

  it('given a paper with Abstract, Results, Discussion and Conclusions, then its short summary holds what it concludes', () => {
    const paper = fixtureArticle(
      'stream-snails-paper',
      [
        'Abstract',
        'Freshwater snails are declining across Europe, but the causes of the decline in upland streams are unclear. We surveyed 40 streams in two summers and counted snails in each.',
        'Methods',
        'Each stream was sampled at five riffles with a Surber sampler. Water temperature was logged every hour.',
        'Results',
        'Snail density fell by half in streams that warmed above 18 °C. Density did not change in streams shaded by trees. The effect was larger in the second summer.',
        'Discussion',
        'Warming water rather than pollution explains most of the decline we saw. Shade protects snails against the heat.',
        'Conclusions',
        'Planting trees along upland streams is the cheapest way to protect their snails from warming.',
        'Limitations',
        'We sampled only two summers, and both were warmer than the long-term mean. Snails in lowland rivers may respond to warming in other ways.',
      ],
      { title: 'Snails in warming upland streams' },
    );
    const said = texts(summarize(paper, { length: 'short' }));
    expect(said).toContain(
      'Planting trees along upland streams is the cheapest way to protect their snails from warming.',
    );
    expect(said[0]).toBe(
      'Freshwater snails are declining across Europe, but the causes of the decline in upland streams are unclear.',
    );
  });

  it('given a design note of my own with a Motivation and a timeline, then its motivation opens it, and a line of its timeline comes last of all', () => {
    const note = fixtureArticle(
      'queue-design-note',
      [
        'Status: draft · Author: Test Author',
        'Motivation',
        'Our nightly export job blocks the web servers for twenty minutes every night. Customers in Asia see timeouts during that window.',
        'Design',
        'The export moves to a worker that reads from a queue. The web servers only put a message on the queue. The worker writes the file to object storage and sends a link by email.',
        'Risks',
        'A full queue delays exports by up to an hour. The worker needs its own alert when the queue grows.',
        'Rollout',
        '02:00 The worker starts taking exports from the queue.',
        '02:30 The old cron job is switched off.',
        '03:00 We compare the files of both jobs.',
      ],
      { title: 'Design note: moving the nightly export to a queue' },
    );
    for (const length of LENGTHS) {
      const said = texts(summarize(note, { length }));
      expect(said[0], length).toBe(
        'Our nightly export job blocks the web servers for twenty minutes every night.',
      );
      // A timeline's line comes in only when nothing else is left (long: 7 other sentences, 8 places).
      if (length !== 'long') expect(said.filter(opensOnClockTime), length).toEqual([]);
      else expect(said.filter(opensOnClockTime).length, length).toBeLessThanOrEqual(1);
    }
  });

  it('given a plain article with no headings, then its summary is unchanged by any of this', () => {
    const plain = fixtureArticle('plain', [
      'The council voted to close the old library on Friday. It will reopen as a community centre next year.',
      'Residents had asked for a new library for a decade. The new building will open in 2027.',
    ]);
    expect(texts(summarize(plain, { length: 'short' }))).toEqual([
      'The council voted to close the old library on Friday.',
      'Residents had asked for a new library for a decade.',
      'The new building will open in 2027.',
    ]);
  });
});
