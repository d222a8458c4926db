import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary.js';

/** An annual address of a year, by an author, whose text names the next year (as a budget does). */
function address(year: number, author: string, text: string): string {
  return `---\ntitle: State of the Union Address ${year}\nauthor: ${author}\npublication: State of the Union\ndate: ${year}-12-03\n---\n\n${text}\n`;
}

describe('quotebot summary --article of a year no article is of', () => {
  it('given --article 1862 and addresses of 1861 and 1865, then no summary is printed and the nearest are offered', () => {
    const dir = temporaryFolder('quotebot-years-');
    writeFileSync(
      join(dir, 'state-of-the-union-address-1861.md'),
      address(
        1861,
        'Abraham Lincoln',
        'The receipts for the year ending June 30, 1862, will exceed the estimate.',
      ),
    );
    writeFileSync(
      join(dir, 'state-of-the-union-address-1865.md'),
      address(1865, 'Andrew Johnson', 'Our Government springs from and was made for the people.'),
    );
    const { code, stdout, stderr } = runCli(['summary', '--article', '1862'], {
      CONTENT_DIR: dir,
      DATA_DIR: join(dir, '.data'),
    });
    expect(code).not.toBe(0);
    expect(stdout).not.toContain('Summary of');
    expect(stderr).toContain('no article "1862"');
    expect(stderr).toContain('state-of-the-union-address-1861');
  });
});
