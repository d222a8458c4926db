import { describe, expect, it } from 'vitest';
import { betweenFences, splitFrontMatter } from '../../src/content/front-matter.js';
import { splitTomlFrontMatter } from '../../src/content/toml-front-matter.js';

const YAML_OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const YAML_CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

describe('betweenFences', () => {
  it('given fenced front matter then what is inside, and the body after the closing fence', () => {
    expect(betweenFences('---\ntitle: Bees\n---\n\nBees dance.\n', YAML_OPENING, YAML_CLOSING)).toEqual({
      inside: 'title: Bees',
      body: '\nBees dance.\n',
    });
  });

  it('given a byte-order mark, CRLF lines and a closing fence at the very end then the same', () => {
    expect(betweenFences('\uFEFF---\r\ntitle: Bees\r\n---', YAML_OPENING, YAML_CLOSING)).toEqual({
      inside: 'title: Bees',
      body: '',
    });
  });

  it('given no opening fence at the start, or no closing one, then nothing', () => {
    expect(betweenFences('Bees dance.\n---\ntitle: Bees\n---\n', YAML_OPENING, YAML_CLOSING)).toBeUndefined();
    expect(betweenFences('---\ntitle: Bees\n\nBees dance.\n', YAML_OPENING, YAML_CLOSING)).toBeUndefined();
  });

  it('given YAML and TOML front matter then both splitters read the fields and leave the same body', () => {
    const yaml = splitFrontMatter('---\ntitle: Bees\n---\nBees dance.\n');
    const toml = splitTomlFrontMatter('+++\ntitle = "Bees"\n+++\nBees dance.\n');
    expect(yaml).toEqual({ data: { title: 'Bees' }, body: 'Bees dance.\n', problems: [] });
    expect(toml?.data).toEqual({ title: 'Bees' });
    expect(toml?.body).toBe(yaml?.body);
    expect(splitTomlFrontMatter('+++\ntitle = "Bees"\n')).toBeUndefined();
  });
});
