import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Claimant } from '../../src/index.js';

/**
 * This process as a claim owner: `host:pid:random`. On the same host it can tell whether the owner of
 * an interrupted claim still runs (signal 0); a dead owner's claim is resumed at once instead of after
 * its lease. Another host's owner is unknown: the lease decides.
 */
export function processClaimant(host = hostname(), pid = process.pid): Claimant {
  const id = `${host}:${pid}:${randomUUID().slice(0, 8)}`;
  return {
    id,
    isAlive(owner: string): boolean | undefined {
      const match = /^(.*):(\d+):[^:]+$/.exec(owner);
      if (!match || match[1] !== host) return undefined;
      const ownerPid = Number(match[2]);
      // Our own pid with another token: an earlier process that had this pid is gone.
      if (ownerPid === pid) return owner === id;
      try {
        process.kill(ownerPid, 0);
        return true;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
      }
    },
  };
}
