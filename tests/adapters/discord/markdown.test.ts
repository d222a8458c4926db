import { describe, expect, it } from 'vitest';
import { emphasise, escapeText, fitEmphasised, fitText } from '../../../adapters/discord/markdown.js';

describe('Discord markdown escaping', () => {
  it('given text with Discord markdown, then every marker is escaped', () => {
    expect(escapeText('*a* _b_ **c** __d__ ~~e~~ ||f|| `g`')).toBe(
      '\\*a\\* \\_b\\_ \\*\\*c\\*\\* \\_\\_d\\_\\_ \\~\\~e\\~\\~ \\|\\|f\\|\\| \\`g\\`',
    );
  });

  it('given masked links, mentions and block structure, then they render as written', () => {
    expect(escapeText('[site](https://x.y)')).toBe('\\[site](https://x.y)');
    expect(escapeText('<@123> <@&45> <#6> <t:1:R>')).toBe('\\<@123> \\<@&45> \\<#6> \\<t:1:R>');
    expect(escapeText('# head\n> quote\n- item\n1. first')).toBe('\\# head\n\\> quote\n\\- item\n1\\. first');
    expect(escapeText('back\\slash')).toBe('back\\\\slash');
  });

  it('given runs of markers that discord.js escapeMarkdown gets wrong, then each one is escaped', () => {
    expect(escapeText('****')).toBe('\\*\\*\\*\\*');
    expect(escapeText('____')).toBe('\\_\\_\\_\\_');
  });

  it('given a URL, then it is left as written so that the link still works', () => {
    expect(escapeText('see https://x.y/a_b*c now *')).toBe('see https://x.y/a_b*c now \\*');
    expect(emphasise('at https://x.y/election now', [[15, 23]])).toBe('at https://x.y/election now');
  });

  it('given highlight ranges, then the matched words are bold and the rest escaped', () => {
    const text = 'The *starred* election_day vote';
    expect(emphasise(text, [[14, 22]])).toBe('The \\*starred\\* **election**\\_day vote');
  });

  it('given a highlighted word between markdown markers, then the markers cannot join the bold', () => {
    expect(emphasise('**election**', [[2, 10]])).toBe('\\*\\***election**\\*\\*');
    expect(emphasise('a_b', [[0, 1]])).toBe('**a**\\_b');
  });

  it('given touching or overlapping ranges, then they become one bold run', () => {
    expect(
      emphasise('red line', [
        [0, 3],
        [3, 8],
        [4, 8],
      ]),
    ).toBe('**red line**');
  });

  it('given text that fits, then fitText changes nothing but escaping', () => {
    expect(fitText('a *b*', 100)).toBe('a \\*b\\*');
  });

  it('given text too long, then fitText cuts it with an ellipsis within the budget, escapes intact', () => {
    const text = '*'.repeat(50);
    const fitted = fitText(text, 21);
    expect(fitted.length).toBeLessThanOrEqual(21);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted.slice(0, -1)).toMatch(/^(\\\*)+$/);
    const end = fitText(`start ${'x'.repeat(100)} end`, 20, 'end');
    expect(end.startsWith('…') && end.endsWith(' end')).toBe(true);
  });

  it('given a 10,000-character sentence matched near its end, then the excerpt fits and shows the match', () => {
    const text = `${'word '.repeat(1200)}the election result ${'more '.repeat(780)}`;
    const start = text.indexOf('election');
    const fitted = fitEmphasised(text, [[start, start + 8]], 4000);
    expect(text.length).toBeGreaterThan(9_900);
    expect(fitted.length).toBeLessThanOrEqual(4000);
    expect(fitted).toContain('**election**');
    expect(fitted.startsWith('…')).toBe(true);
    expect(fitted.endsWith('…')).toBe(true);
  });

  it('given a cut next to an emoji, then no surrogate pair is split', () => {
    const fitted = fitText('😀'.repeat(30), 11);
    expect(fitted).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
