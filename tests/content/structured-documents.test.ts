import { describe, expect, it } from 'vitest';
import { Bot, isOffered, isQuotable, Library, parseArticle, type BotReply } from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A team's incident review as a content file: a header line of fields, run-in labels, a label over a checklist,
// and a comparison table the import wrote as rows.
const review = parseArticle(
  'review-billing-backlog.md',
  `---
title: "Review: Billing queue backlog, 2 June"
author: Noor Haddad
publication: Ops Reviews
date: 2026-06-03
---

Status: final · Severity: SEV-3 · Reviewer: Ivo Lang (billing)

Incident overview. The billing queue fell four hours behind after a worker image shipped without its retry settings.

Underlying fault. The image build read an empty settings file, so every worker retried failed invoices at once.

Open tasks.

[ ] Check the settings file in the image build before each release (owner: Ivo Lang)

- [x] Alert when the billing queue is more than ten minutes behind (owner: Noor Haddad)

Nobody had looked for an underlying fault in the worker images before that week.

- **Queue alerting.** The new alert pages the billing rota within two minutes of a backlog.

- Retry budget: current 10 tries, proposed 3 tries, cost nothing.

- Worker count: current 4 workers, proposed 8 workers, cost two servers.
`,
);
const texts = (filter: (passage: (typeof review.sentences)[number]) => boolean): string[] =>
  review.sentences.filter(filter).map((passage) => passage.text);

describe('a structured document: checklists, labels, header fields and table rows', () => {
  it('given checklist items, checked or not, then no sentence keeps the box', () => {
    expect(texts(isQuotable)).toContain(
      'Check the settings file in the image build before each release (owner: Ivo Lang)',
    );
    expect(texts(isQuotable)).toContain(
      'Alert when the billing queue is more than ten minutes behind (owner: Noor Haddad)',
    );
    expect(review.sentences.some((passage) => /\[[ x]\]/.test(passage.text))).toBe(false);
  });

  it('given a label run into its paragraph, alone over a list, or in bold before an item, then it is a heading, never quoted', () => {
    const headings = texts((passage) => passage.heading === true);
    expect(headings).toEqual(
      expect.arrayContaining(['Incident overview.', 'Underlying fault.', 'Open tasks.', 'Queue alerting.']),
    );
    expect(texts(isQuotable)).toContain(
      'The image build read an empty settings file, so every worker retried failed invoices at once.',
    );
  });

  it('given a header line of fields and table rows, then they are quotable when found but never offered unasked', () => {
    const records = [
      'Status: final · Severity: SEV-3 · Reviewer: Ivo Lang (billing)',
      'Retry budget: current 10 tries, proposed 3 tries, cost nothing.',
      'Worker count: current 4 workers, proposed 8 workers, cost two servers.',
    ];
    for (const record of records) {
      expect(texts(isQuotable)).toContain(record);
      expect(texts(isOffered)).not.toContain(record);
    }
    expect(texts(isOffered)).toContain('The new alert pages the billing rota within two minutes of a backlog.');
  });

  it('given a search of a row or a header field, then it is found; given a random quote or a summary, then neither shows them', () => {
    const library = Library.create([review], { lexicon: wordnetLexicon() });
    const bot = new Bot(library);
    const quoted = (reply: BotReply): string => (reply.kind === 'quote' ? reply.hit.passage.text : `(${reply.kind})`);
    expect(quoted(bot.handle({ kind: 'quote', query: 'worker count' }))).toMatch(/^Worker count:/);
    expect(quoted(bot.handle({ kind: 'quote', query: 'severity' }))).toMatch(/^Status: final/);
    expect(library.offered(review).map((passage) => passage.text).join('\n')).not.toMatch(/Status:|Worker count:|Retry budget:/);
    const summary = bot.handle(bot.read('summarize the billing queue backlog review'));
    expect(summary.kind).toBe('summary');
    if (summary.kind === 'summary')
      expect(summary.summary.sentences.map((each) => each.text).join('\n')).not.toMatch(/Status:|Worker count:|Retry budget:|\[ \]/);
  });

  it("given a query that is a label's or a heading's words, then it answers with the section's first sentence, not the label nor another sentence saying the words", () => {
    const bot = new Bot(Library.create([review], { lexicon: wordnetLexicon() }));
    const quoted = (reply: BotReply): string => (reply.kind === 'quote' ? reply.hit.passage.text : `(${reply.kind})`);
    expect(quoted(bot.handle({ kind: 'quote', query: 'underlying fault' }))).toBe(
      'The image build read an empty settings file, so every worker retried failed invoices at once.',
    );
    expect(quoted(bot.handle({ kind: 'quote', query: 'what are the open tasks?' }))).toMatch(/^Check the settings file/);
  });
});
