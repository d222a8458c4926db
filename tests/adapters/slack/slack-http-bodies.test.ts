import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EncodedBody } from '../../fakes/slack/index.js';
import { capturedLogger } from '../../helpers/log-capture.js';
import { startOnFake, type Running } from './harness.js';

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';

/** Signed bodies that are valid JSON or a valid form, but not a shape Slack sends. */
const ODD_BODIES: readonly (readonly [string, EncodedBody])[] = [
  ['JSON null', { contentType: JSON_TYPE, body: 'null' }],
  ['a form whose payload is null', { contentType: FORM, body: 'payload=null' }],
  ['a JSON number', { contentType: JSON_TYPE, body: '42' }],
  ['a JSON string', { contentType: JSON_TYPE, body: '"event_callback"' }],
  ['JSON true', { contentType: JSON_TYPE, body: 'true' }],
  ['a JSON array', { contentType: JSON_TYPE, body: '[{"type":"event_callback"}]' }],
  ['an event callback without event', { contentType: JSON_TYPE, body: '{"type":"event_callback"}' }],
  ['an event that is a number', { contentType: JSON_TYPE, body: '{"type":"event_callback","event":7}' }],
  ['an event without a type', { contentType: JSON_TYPE, body: '{"type":"event_callback","event":{}}' }],
  ['a payload that is an array', { contentType: FORM, body: 'payload=%5B1%2C2%5D' }],
  [
    'block actions that are not a list',
    {
      contentType: FORM,
      body: `payload=${encodeURIComponent('{"type":"block_actions","actions":5,"user":{"id":"U1"}}')}`,
    },
  ],
  [
    'an interaction with a null user and no team',
    { contentType: FORM, body: `payload=${encodeURIComponent('{"type":"block_actions","user":null}')}` },
  ],
  ['a command that is a list', { contentType: FORM, body: 'command=%2Fquote&command=%2Fsummary' }],
  ['an empty form', { contentType: FORM, body: '' }],
  ['an empty JSON body', { contentType: JSON_TYPE, body: '' }],
  ['a url_verification without challenge', { contentType: JSON_TYPE, body: '{"type":"url_verification"}' }],
];

describe('Slack HTTP mode: signed bodies of unexpected shape (real Bolt, fake Slack)', () => {
  let run: Running;
  const log = capturedLogger();

  beforeAll(async () => {
    run = await startOnFake('http', {}, { logger: log.logger });
  });
  afterAll(async () => {
    await run?.stop();
  });

  for (const [name, encoded] of ODD_BODIES) {
    it(`given a signed request whose body is ${name} then it gets 400 at once and the app keeps answering`, async () => {
      const before = run.bot.requests.length;
      const res = await run.slack.http.post(run.appUrl, encoded);
      expect(res.status).toBe(400);
      expect(res.latencyMs).toBeLessThan(500);
      const next = await run.slack.http.postSlashCommand(run.appUrl, { command: '/quote', text: 'election' });
      expect(next.status).toBe(200);
      expect(run.bot.requests.length).toBe(before + 1);
    });
  }

  it('given a signed slash command no listener knows then it is answered 404 at once, not after 3 s', async () => {
    const res = await run.slack.http.postSlashCommand(run.appUrl, { command: '/nope', text: 'x' });
    expect(res.status).toBe(404);
    expect(res.latencyMs).toBeLessThan(500);
  });

  it('given a signed click on a button no listener knows then it is answered at once', async () => {
    const res = await run.slack.http.postBlockAction(run.appUrl, { actionId: 'someone_else', value: 'x' });
    expect(res.status).toBe(404);
    expect(res.latencyMs).toBeLessThan(500);
  });

  it("given Slack's app_rate_limited notice then it is answered 200 at once", async () => {
    const res = await run.slack.http.post(run.appUrl, {
      contentType: JSON_TYPE,
      body: JSON.stringify({
        token: 'x',
        type: 'app_rate_limited',
        team_id: run.slack.teamId,
        minute_rate_limited: 1,
      }),
    });
    expect(res.status).toBe(200);
    expect(res.latencyMs).toBeLessThan(500);
  });

  it('given 200 forged requests then they are all refused 401 and logged as one line and one count, not 200 lines', async () => {
    const seen = log.lines().length;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        run.slack.http.postSlashCommand(
          run.appUrl,
          { command: '/quote', text: `forged ${i}` },
          { badSignature: true },
        ),
      ),
    );
    expect(results.every((res) => res.status === 401)).toBe(true);
    await run.adapter.stop();
    const lines = log
      .lines()
      .slice(seen)
      .filter((line) => String(line['msg']).startsWith('slack request rejected'));
    expect(lines.length).toBe(2);
    expect(lines[0]!['level']).toBe(40);
    expect(lines[1]!['repeats']).toBe(199);
  });
});
