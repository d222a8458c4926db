import { describe, expect, it } from 'vitest';
import {
  decodeSlackText,
  escapeMrkdwn,
  mrkdwnLink,
  renderHighlighted,
  renderHighlightedChunks,
} from '../../../adapters/slack/mrkdwn.js';

/** Slack markup that would notify, link or format: none of it may survive escaping. */
const MARKUP = /<[!@#]|<https?:|[*_~`]|&(?!amp;|lt;|gt;)/;

describe('escapeMrkdwn', () => {
  it('given mentions, channel links and a special mention then none of them survives as markup', () => {
    const out = escapeMrkdwn(
      'Hi <!channel> <!here> <@U123> <#C1|general> <!subteam^S1> <https://x.example|x>',
    );
    expect(out).not.toMatch(/[<>]/);
    expect(out).toBe(
      'Hi &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1|general&gt; &lt;!subteam^S1&gt; &lt;https://x.example|x&gt;',
    );
  });

  it('given & and text that already looks escaped then & is escaped again so it shows as typed', () => {
    expect(escapeMrkdwn('AT&T &lt;b&gt;')).toBe('AT&amp;T &amp;lt;b&amp;gt;');
  });

  it('given formatting characters then they become look-alikes that Slack does not format', () => {
    const out = escapeMrkdwn('*bold* _italic_ ~strike~ `code`');
    expect(out).not.toMatch(MARKUP);
    expect(out).toBe('∗bold∗ ˍitalicˍ ∼strike∼ ˋcodeˋ');
  });
});

describe('decodeSlackText', () => {
  it('given Slack-escaped text then the typed characters come back, &amp; last', () => {
    expect(decodeSlackText('AT&amp;T &lt;3 &amp;lt;')).toBe('AT&T <3 &lt;');
  });
});

describe('renderHighlighted', () => {
  it('given highlighted words next to markup then only the words are bold and the markup is inert', () => {
    const text = 'Tell <@U123> & <!channel> about the *election* now';
    const start = text.indexOf('election');
    const out = renderHighlighted(text, [[start, start + 'election'.length]]);
    expect(out).toBe('Tell &lt;@U123&gt; &amp; &lt;!channel&gt; about the ∗*election*∗ now');
  });

  it('given a highlight inside a word then it is left plain, since Slack would show the asterisks', () => {
    expect(renderHighlighted('reelection', [[2, 10]])).toBe('reelection');
  });

  it('given a highlight that ends in a space then it is not bolded with the space inside', () => {
    expect(renderHighlighted('vote now', [[0, 5]])).toBe('vote now');
  });

  it('given a range then only that part is rendered, highlights clipped to it', () => {
    expect(renderHighlighted('alpha beta gamma', [[6, 10]], 6, 16)).toBe('*beta* gamma');
  });
});

describe('renderHighlightedChunks', () => {
  it('given a 10,000-character sentence full of & and bold words then every piece fits 3000 and nothing is lost', () => {
    const words = Array.from({ length: 1200 }, (_, i) => (i % 7 === 0 ? 'election' : `a&b<${i}>`));
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(10_000);
    const highlights = [...text.matchAll(/election/g)].map((m) => [m.index, m.index + 8] as const);
    const chunks = renderHighlightedChunks(text, highlights, 3000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(3000);
      expect(chunk).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
      // Bold markers come in pairs within each piece.
      expect(chunk.split('*').length % 2).toBe(1);
    }
    const back = decodeSlackText(chunks.join(' ').replace(/\*/g, ''));
    expect(back).toBe(text);
  });

  it('given one word longer than the limit then it is cut without breaking an entity', () => {
    const text = '&'.repeat(4000);
    const chunks = renderHighlightedChunks(text, [], 3000);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(3000);
      expect(chunk).toMatch(/^(?:&amp;)+$/);
    }
    expect(chunks.join('').length).toBe(4000 * 5);
  });
});

describe('mrkdwnLink', () => {
  it('given an http URL with & and | then they are escaped and the label is escaped', () => {
    expect(mrkdwnLink('https://example.com/a?b=1&c=x|y', 'A <@U1> & B')).toBe(
      '<https://example.com/a?b=1&amp;c=x%7Cy|A &lt;@U1&gt; &amp; B>',
    );
  });

  it('given no URL, a javascript: URL or a broken one then only the label is shown', () => {
    expect(mrkdwnLink(null, 'Title')).toBe('Title');
    expect(mrkdwnLink('javascript:alert(1)', 'Title')).toBe('Title');
    expect(mrkdwnLink('not a url', 'Title')).toBe('Title');
  });
});
