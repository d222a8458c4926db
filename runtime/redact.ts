import type { Config } from './config.js';

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** Configured values shorter than this are not looked for: they would censor ordinary words. */
const SHORTEST_SECRET = 8;

/**
 * The configured values that must never be written out: the platform tokens, Slack's signing secret and
 * the password in DATABASE_URL (the URL's shape gives it away too, see `redactSecrets`).
 */
export function secretsOf(
  config: Pick<
    Config,
    'DISCORD_TOKEN' | 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'SLACK_SIGNING_SECRET' | 'DATABASE_URL'
  >,
): string[] {
  const values = [
    config.DISCORD_TOKEN,
    config.SLACK_BOT_TOKEN,
    config.SLACK_APP_TOKEN,
    config.SLACK_SIGNING_SECRET,
  ];
  if (config.DATABASE_URL !== undefined && URL.canParse(config.DATABASE_URL)) {
    const { password } = new URL(config.DATABASE_URL);
    values.push(password, decodeURIComponent(password));
  }
  return [...new Set(values)].filter(
    (value): value is string => value !== undefined && value.length >= SHORTEST_SECRET,
  );
}

/** Slack's tokens (`xoxb-…`, `xoxp-…`, `xapp-…`) and Discord's bot tokens (three base64url parts, as JWTs). */
const TOKEN_SHAPES = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+|\b[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/g;
/** An Authorization header's credentials. */
const CREDENTIALS = /\b(Bearer|Bot|Basic) [\w.~+/=-]{16,}/g;
/** A URL, up to what ends it in a sentence or a JSON string (a space, a quote, a backslash). */
const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s"'\\<>]+)/gi;
/** URLs whose path and query may hold a key; other schemes (`file://` of a stack) keep theirs. */
const WEB_SCHEME = /^(?:https?|wss?):\/\/$/i;
/**
 * A path segment that may be a key: a Discord interaction's or webhook's token, the key of a Slack
 * `response_url` or of a file's upload URL. Ids (digits only) and names with a dot (`chat.postMessage`) stay.
 */
const KEY_SEGMENT = /^(?!\d+$)[\w-]{20,}$/;

/** The URL with its password, its query and fragment, and any path segment that may be a key, redacted. */
function redactUrl(scheme: string, rest: string): string {
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  const host = at === -1 ? authority : `${REDACTED}${authority.slice(at)}`;
  const tail = end === -1 ? '' : rest.slice(end);
  if (!WEB_SCHEME.test(scheme)) return `${scheme}${host}${tail}`;
  const query = tail.search(/[?#]/);
  const path = (query === -1 ? tail : tail.slice(0, query))
    .split('/')
    .map((segment) => (KEY_SEGMENT.test(segment) ? REDACTED : segment))
    .join('/');
  return `${scheme}${host}${path}${query === -1 ? '' : `${tail[query]}${REDACTED}`}`;
}

/**
 * `text` with the secrets it may hold replaced by `[redacted]`: the configured ones (`secrets`, see
 * `secretsOf`), and what has a secret's shape whoever's it is: Slack's and Discord's tokens, an
 * Authorization header's credentials, and in a URL its password, its query and any path segment that may
 * be a key (an interaction's token, a `response_url`'s key, a file's upload URL: "A rate limit was exceeded
 * (url: https://files.slack.com/upload/v1/…)"). The host and the rest of the path stay, to say what failed.
 * Safe on a JSON line: what it replaces holds no quote or backslash, and what it writes neither.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text;
  for (const secret of secrets) {
    if (redacted.includes(secret)) redacted = redacted.split(secret).join(REDACTED);
  }
  return redacted
    .replace(URL_IN_TEXT, (_, scheme: string, rest: string) => {
      // Punctuation after a URL in a sentence ("(url: https://…/key, retry-after: 3)") is not part of it.
      const trailing = /[.,;:!?)\]]*$/.exec(rest)?.[0] ?? '';
      return `${redactUrl(scheme, rest.slice(0, rest.length - trailing.length))}${trailing}`;
    })
    .replace(TOKEN_SHAPES, REDACTED)
    .replace(CREDENTIALS, `$1 ${REDACTED}`);
}
