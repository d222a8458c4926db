/**
 * One injected Web API failure. Exactly like Slack: `status: 429` answers with a whole-second `Retry-After`
 * header; another `status` answers that HTTP status with a plain-text body; `error` answers HTTP 200 with
 * `{ ok: false, error }`. `delayMs` alone only slows the call down.
 */
export interface FaultSpec {
  /** An API method such as `chat.postMessage`, or `*` for any method. */
  readonly method: string;
  readonly status?: number;
  /** For 429; defaults to 1. WebClient reads it with parseInt, so only whole seconds make sense. */
  readonly retryAfterSeconds?: number;
  readonly error?: string;
  readonly delayMs?: number;
  /** How many consecutive matching calls fail; defaults to 1. */
  readonly times?: number;
}

interface PendingFault {
  readonly spec: FaultSpec;
  remaining: number;
}

export class FaultQueue {
  private readonly pending: PendingFault[] = [];

  add(spec: FaultSpec): void {
    if (spec.status === undefined && spec.error === undefined && spec.delayMs === undefined) {
      throw new Error('fake Slack: failNext needs a status, an error or a delayMs');
    }
    this.pending.push({ spec, remaining: spec.times ?? 1 });
  }

  /** The first pending fault for this method, consumed once. */
  take(method: string): FaultSpec | undefined {
    const index = this.pending.findIndex(
      (fault) => fault.spec.method === method || fault.spec.method === '*',
    );
    const fault = this.pending[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.pending.splice(index, 1);
    return fault.spec;
  }

  clear(): void {
    this.pending.length = 0;
  }
}
