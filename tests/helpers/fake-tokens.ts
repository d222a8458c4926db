/**
 * A made-up Slack token of the given kind ("xoxb" a bot's, "xapp" an app-level one), built when the test runs
 * so that no string shaped like a real token is committed: `fakeSlackToken('xoxb', 'card-log')` is the bot
 * token `<xoxb>-fake-card-log`, which the redaction and the config's prefix checks read as a Slack token.
 */
export function fakeSlackToken(kind: 'xoxb' | 'xapp', label: string): string {
  return [kind, 'fake', label].join('-');
}
