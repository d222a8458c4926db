import { afterEach, describe, expect, it } from 'vitest';
import { runs, timeLimit } from './arbitraries.js';

const before = process.env['FUZZ_SCALE'];
afterEach(() => {
  if (before === undefined) delete process.env['FUZZ_SCALE'];
  else process.env['FUZZ_SCALE'] = before;
});

describe('FUZZ_SCALE: how much more `npm run fuzz` runs than `npm test`', () => {
  it('given FUZZ_SCALE=20 then a property runs 20 times its cases and has 20 times its time for them', () => {
    process.env['FUZZ_SCALE'] = '20';
    expect(runs(2500)).toBe(50_000);
    // 120 s for 20 times the cases timed three core properties out (430 to 1,080 s on this machine).
    expect(timeLimit(120_000)).toBe(2_400_000);
  });

  it('given no FUZZ_SCALE, or one that is no positive number, then the counts and limits are as written', () => {
    for (const scale of [undefined, 'x', '0', '-3']) {
      if (scale === undefined) delete process.env['FUZZ_SCALE'];
      else process.env['FUZZ_SCALE'] = scale;
      expect([runs(60), timeLimit(120_000)]).toEqual([60, 120_000]);
    }
  });
});
