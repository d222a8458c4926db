import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../../adapters/shared/recent-keys.js';

describe('RecentKeys', () => {
  it('given a thing claimed under two names then claiming either name again fails', () => {
    const keys = new RecentKeys();
    expect(keys.claim('message:C1:1.0', 'event:Ev1')).toBe(true);
    expect(keys.claim('message:C1:2.0', 'event:Ev1')).toBe(false);
    expect(keys.claim('message:C1:1.0', 'event:Ev2')).toBe(false);
    expect(keys.size).toBe(2);
  });

  it('given a released claim then it can be claimed again', () => {
    const keys = new RecentKeys();
    keys.claim('a', 'b');
    keys.release('a', 'b');
    expect(keys.claim('a', 'b')).toBe(true);
  });

  it('given more keys than the capacity then the oldest are forgotten first', () => {
    const keys = new RecentKeys(3);
    for (const key of ['a', 'b', 'c', 'd']) keys.claim(key);
    expect(keys.size).toBe(3);
    expect(keys.claim('a')).toBe(true);
    expect(keys.claim('d')).toBe(false);
  });
});
