import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/slack/render-reply.js';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';
import type { LibrarySummary } from '../../../src/index.js';
import { topicLibrary } from '../../helpers/topic-library.js';
import { DEFAULT_NAMES } from './fixtures.js';
import { injectorFor, startOnFake, textOf, type Running } from './harness.js';

describe('Slack: /summary across the library, socket mode (real Bolt, fake Slack)', () => {
  let run: Running;
  let inject: ReturnType<typeof injectorFor>;

  beforeAll(async () => {
    run = await startOnFake('socket', {}, { library: topicLibrary() });
    inject = injectorFor(run, 'socket');
  });
  afterAll(async () => {
    await run?.stop();
  });

  it('given /summary topic:harbour and no article then the channel gets what each article says, attributed and linked, most relevant first', async () => {
    const answer = await inject.command('/summary', 'topic:harbour');
    expect(answer.body?.['response_type']).toBe('in_channel');
    const text = textOf(answer.body?.['blocks']);
    expect(text).toContain('*What 2 articles say about harbour*');
    expect(text).toContain(
      '*<https://example.org/harbour|Eastham port to close old harbour to cargo ships>*',
    );
    expect(text).toContain('— Jo Reporter, Eastham News, 2024-02-03');
    expect(text).toContain('*Ferries will keep their berths*');
    expect(text.indexOf('Eastham port')).toBeLessThan(text.indexOf('Ferries will keep'));
    expect(text).not.toContain('tram');
    expect(answer.body?.['text']).toMatch(/^What 2 articles say about harbour: /);
  });

  it('given a topic no article discusses then the asker is told so plainly', async () => {
    const answer = await inject.command('/summary', 'topic:bitcoin');
    expect(answer.body?.['response_type']).toBe('ephemeral');
    expect(textOf(answer.body?.['blocks'])).toBe('No article in the library discusses bitcoin.');
  });

  it('given /summary sentences:3 article:<slug> then the summary has exactly 3 sentences', async () => {
    const answer = await inject.command('/summary', 'sentences:3 article:harbour-closes');
    const bullets = textOf(answer.body?.['blocks'])
      .split('\n')
      .filter((line) => line.startsWith('• '));
    expect(bullets).toHaveLength(3);
  });

  it('given "@quotebot summarize what the articles say about the harbour" then the library summary is posted in its thread', async () => {
    const event = run.slack.build.appMention({
      text: `<@${run.slack.botUserId}> summarize what the articles say about the harbour`,
    });
    await inject.event(event);
    const post = await run.slack.waitForCall(
      'chat.postMessage',
      (call) => call.args['thread_ts'] === event['ts'],
    );
    expect(textOf(post.args['blocks'])).toMatch(/What 2 articles say about/);
  });
});

describe('Slack: rendering a library summary', () => {
  it('given many long sentences and markup from many articles then it stays within Slack limits, escaped', () => {
    const summary: LibrarySummary = {
      kind: 'found',
      topic: '<!channel>',
      length: 'medium',
      excerpts: Array.from({ length: 40 }, (_, n) => ({
        article: {
          slug: `a${n}`,
          title: `Article <@U${n}>`,
          author: '<!here>',
          publication: 'P',
          date: '2024-01-01',
          url: `https://example.org/${n}`,
        },
        sentences: [{ id: `a${n}#1`, text: `The *harbour* & <!everyone> ${'word '.repeat(700)}` }],
      })),
    };
    const message = renderReply({ kind: 'library-summary', summary }, DEFAULT_NAMES, 'public');
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const text = textOf(message.blocks);
    expect(text).not.toMatch(/<[!@#]/);
    for (const block of message.blocks)
      if (block.type === 'section')
        expect(block.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  });
});
