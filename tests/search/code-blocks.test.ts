import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { dailyPool } from '../../src/daily/eligible.js';
import {
  Bot,
  extractMarkdown,
  Library,
  parseArticle,
  prepareContentFile,
  type BotReply,
} from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { DEFAULT_NAMES } from '../adapters/slack/fixtures.js';

// An RFC with a config, a shell command and a stack trace in fenced blocks, as a team writes one.
const RFC = `---
title: "RFC-031: Connection pooling for the billing service"
author: Ines Duarte
publication: Platform RFCs
date: 2026-05-02
---

## Proposal

Billing gets its own pool in front of the ledger database. Each worker keeps at most forty connections open.

\`\`\`ini
[pgbouncer]
pool_mode = transaction
server_lifetime = 300
max_client_conn = 4000
\`\`\`

A worker that loses its server logs an error like this:

\`\`\`
Error: Connection terminated unexpectedly
    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)
\`\`\`

## Rollout

\`\`\`sh
kubectl rollout restart deployment/billing-worker
\`\`\`

We restart the workers one zone at a time, starting with the quietest zone.
`;

// A second note with other words: a Rust service's crash and its cargo config.
const NOTE = `---
title: "Why the thumbnailer panicked on Tuesday"
author: Kofi Mensah
publication: Media Team Notes
date: 2026-08-19
---

The thumbnailer crashed on every animated image for two hours on Tuesday afternoon.

The panic in the logs read:

\`\`\`text
thread 'worker-3' panicked at 'index out of bounds: the len is 0 but the index is 0', src/frames.rs:88:14
\`\`\`

We now build with overflow checks on in release builds, a small cost for a clear error.

\`\`\`toml
[profile.release]
overflow-checks = true
\`\`\`
`;

const rfc = parseArticle('rfc-031-connection-pooling.md', RFC);
const note = parseArticle('thumbnailer-panic.md', NOTE);
const library = Library.create([rfc, note], { lexicon: wordnetLexicon() });
const bot = new Bot(library);
const quote = (query: string): BotReply => bot.handle({ kind: 'quote', query });
const quoted = (reply: BotReply): string =>
  reply.kind === 'quote'
    ? `${reply.hit.passage.text}${reply.hit.inCode ? ' [in code]' : ''}`
    : `(${reply.kind})`;

describe('fenced code blocks in a content file', () => {
  it('given an RFC with three code blocks, then none is in its body or sentences, and each goes with the sentence before it or its section’s first', () => {
    expect(rfc.body).not.toMatch(/server_lifetime|terminated unexpectedly|kubectl/);
    expect(rfc.sentences.map((each) => each.text).join('\n')).not.toMatch(/pgbouncer\]|kubectl|client\.js/);
    expect(rfc.code?.map((block) => rfc.sentences[block.passage]!.text)).toEqual([
      'Each worker keeps at most forty connections open.',
      'A worker that loses its server logs an error like this:',
      'We restart the workers one zone at a time, starting with the quietest zone.',
    ]);
  });

  it('given a search of an error message that only a stack trace has, then the sentence before the trace answers, noted as in code', () => {
    expect(quoted(quote('Connection terminated unexpectedly'))).toBe(
      'A worker that loses its server logs an error like this: [in code]',
    );
    expect(quoted(quote('client.js:132:73'))).toBe(
      'A worker that loses its server logs an error like this: [in code]',
    );
  });

  it('given a search of a config key, then the sentence the config follows answers; a command under a heading gives its section’s first sentence', () => {
    expect(quoted(quote('server_lifetime = 300'))).toBe(
      'Each worker keeps at most forty connections open. [in code]',
    );
    expect(quoted(quote('max_client_conn'))).toBe(
      'Each worker keeps at most forty connections open. [in code]',
    );
    expect(quoted(quote('kubectl rollout restart'))).toBe(
      'We restart the workers one zone at a time, starting with the quietest zone. [in code]',
    );
  });

  it('given words the prose says, then the prose answers as before, with no note', () => {
    expect(quoted(quote('quietest zone'))).toBe(
      'We restart the workers one zone at a time, starting with the quietest zone.',
    );
  });

  it('given a second note with other words (a Rust panic, a cargo profile), then its code is found the same way', () => {
    expect(quoted(quote('index out of bounds: the len is 0'))).toBe('The panic in the logs read: [in code]');
    expect(quoted(quote('src/frames.rs'))).toBe('The panic in the logs read: [in code]');
    // The config line as written is the code's, not the prose's "overflow checks": the same sentence, noted.
    expect(quoted(quote('overflow-checks = true'))).toBe(
      'We now build with overflow checks on in release builds, a small cost for a clear error. [in code]',
    );
  });

  it('given a query about nothing either note says, then it stays quiet', () => {
    expect(quote('kafka consumer lag').kind).not.toBe('quote');
    expect(quote('gdpr data retention').kind).not.toBe('quote');
  });

  it('given the lead-in to a code block, then it is found, never offered: no daily post, random quote or summary shows it or the code', () => {
    const pool = dailyPool(library, null, 1).map((each) => each.text);
    expect(pool).not.toContain('A worker that loses its server logs an error like this:');
    expect(pool).not.toContain('The panic in the logs read:');
    expect(pool.join('\n')).not.toMatch(/pgbouncer|kubectl|panicked at|overflow-checks/);
    for (const slug of [rfc.slug, note.slug]) {
      const summary = bot.handle({ kind: 'summary', article: slug });
      expect(JSON.stringify(summary)).not.toMatch(
        /server_lifetime|terminated unexpectedly|panicked at|overflow-checks =/,
      );
    }
  });

  it('given a quote found in code, then each platform says the words are in a code block, and a card of it shows the sentence only', () => {
    const reply = quote('Connection terminated unexpectedly');
    const note = 'The words are in a code block after this sentence.';
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain(`(${note})`);
    expect(JSON.stringify(renderForDiscord(reply, false).embeds)).toContain(note);
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks)).toContain(note);
    const card = bot.handle({ kind: 'quote', query: 'Connection terminated unexpectedly', card: true });
    expect(card.kind === 'quote' && card.hit.passage.text).toBe(
      'A worker that loses its server logs an error like this:',
    );
    expect(renderForTerminal(quote('quietest zone'), terminalStyleFor(false, {}))).not.toContain(note);
  });
});

describe('an import of a Markdown file with code blocks', () => {
  it('given fenced blocks, then the content file keeps them as written, and reads back with them as code', () => {
    const extracted = extractMarkdown('rfc.md', RFC);
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    const built = prepareContentFile('rfc.md', extracted.value);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.markdown).toContain(
      '```ini\n[pgbouncer]\npool_mode = transaction\nserver_lifetime = 300\n',
    );
    expect(built.value.markdown).toContain(
      '    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)\n```',
    );
    expect(built.value.article.code?.length).toBe(3);
    expect(built.warnings.map((each) => each.code)).not.toContain('paragraph-changed');
  });
});
