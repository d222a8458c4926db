/**
 * A path template such as `/channels/:channelId/messages` or `/webhooks/*`: `:name` matches one segment,
 * `*` (last) matches the rest. Matching works on raw segments and decodes each one, so a percent-encoded
 * token or `%40original` is compared and captured decoded.
 */
export class PathPattern {
  private readonly segments: readonly string[];

  constructor(readonly template: string) {
    this.segments = template.split('/');
  }

  /** The decoded named segments if the path matches, else undefined. */
  match(path: string): Record<string, string> | undefined {
    const actual = path.split('/');
    const params: Record<string, string> = {};
    for (const [index, expected] of this.segments.entries()) {
      if (expected === '*') return params;
      const segment = actual[index];
      if (segment === undefined) return undefined;
      const decoded = decodeSegment(segment);
      if (expected.startsWith(':')) params[expected.slice(1)] = decoded;
      else if (decoded !== expected) return undefined;
    }
    return actual.length === this.segments.length ? params : undefined;
  }
}

function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A raw path with each segment decoded, for logs: `/webhooks/1/tok/messages/%40original` → `…/@original`. */
export function decodePath(rawPath: string): string {
  return rawPath.split('/').map(decodeSegment).join('/');
}
