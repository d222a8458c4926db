import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWords } from '../../../adapters/terminal/shell-words.js';

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
