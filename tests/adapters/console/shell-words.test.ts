import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellArgument, shellWords } from '../../../src/text/shell-words.js';

/** The arguments a POSIX shell makes of a line. */
function argumentsOf(line: string): string[] {
  const run = spawnSync('sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' });
  return run.stdout.split('\n').slice(0, -1);
}

describe('words for a hint that is a shell command', () => {
  it('given plain words then they are as typed; given quotes, $, ! or * then the shell still gets them as typed', () => {
    expect(shellWords('oil  prices')).toBe('oil prices');
    expect(shellWords('Korea’s U.S. 2019')).toBe('Korea’s U.S. 2019');
    for (const words of [`don't ask`, `"new strategic weapon"`, 'cost $5 * 2!', 'a `b` \\c']) {
      expect(argumentsOf(shellWords(words))).toEqual([words]);
    }
  });
});

describe('a path in a hint that is a shell command', () => {
  it('given a path with a space, an apostrophe, quotes or $ then the shell gets it as one argument, as it is', () => {
    expect(shellArgument('/home/jo/quotes/post.md')).toBe('/home/jo/quotes/post.md');
    for (const path of [
      `/home/jo/My posts/post.md`,
      `/home/jo/Jo's posts/notes.txt`,
      '/tmp/"a" $HOME/`x`.md',
      '/tmp/a  b',
    ]) {
      expect(argumentsOf(shellArgument(path))).toEqual([path]);
    }
  });
});
