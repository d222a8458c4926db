import { describe, expect, it } from 'vitest';
import { isSummaryLength, SUMMARY_LENGTHS } from '../../src/summary/options.js';

describe('isSummaryLength', () => {
  it('given each length then it is one', () => {
    for (const length of SUMMARY_LENGTHS) expect(isSummaryLength(length)).toBe(true);
  });

  it('given another word, another case, nothing or a length inside words then it is none', () => {
    for (const value of ['brief', 'Short', 'LONG', ' short', 'shorter', '', undefined])
      expect(isSummaryLength(value)).toBe(false);
  });
});
