import { describe, expect, it } from 'vitest';
import { maySaySomething, OTHER_LANGUAGE_SAYING, SAYING } from '../../src/text/speaker-names.js';
import { speakerOf } from '../../src/text/speaker.js';

/** The verbs an alternation of verbs of saying lists, each as written ("a déclaré"), without its lookarounds. */
function verbsOf(alternation: string): string[] {
  const inner = alternation.replace(/^\(\?<!\\p\{L\}\)/, '').replace(/\(\?!\\p\{L\}\)$/, '');
  const verbs: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of inner.slice('(?:'.length, -1)) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === '|' && depth === 0) {
      verbs.push(current);
      current = '';
    } else current += char;
  }
  verbs.push(current);
  return verbs.map((verb) => verb.replace(/\(.*$/u, '').replace(/\\s\+/g, ' '));
}

describe('maySaySomething', () => {
  it('given every verb of saying the speaker finders read, in any case, then it passes the text', () => {
    const verbs = [...verbsOf(SAYING), ...verbsOf(OTHER_LANGUAGE_SAYING), 'according'];
    expect(verbs).toContain('described');
    expect(verbs).toContain('a déclaré');
    expect(verbs.length).toBeGreaterThan(45);
    for (const verb of verbs) {
      expect(maySaySomething(`“It is done,” ${verb} Ann Cole.`), verb).toBe(true);
      expect(maySaySomething(verb.toUpperCase()), verb).toBe(true);
    }
  });

  it('given a sentence with no verb of saying, then it fails it, and no speaker is read from it', () => {
    const text =
      'Following the rapprochement in 2018, relations between the two countries have cooled again.';
    expect(maySaySomething(text)).toBe(false);
    expect(speakerOf(text)).toBeUndefined();
    expect(speakerOf('“It is done,” said Ann Cole.')).toBe('Ann Cole');
  });
});
