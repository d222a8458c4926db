import { HTTPModuleFunctions, type BufferedIncomingMessage } from '@slack/bolt';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSlackBody } from '../../adapters/slack/body-shape.js';
import { encodeEvent, encodeInteraction, type EncodedBody } from '../fakes/slack/index.js';
import { startOnFake, textOf, type Running } from '../adapters/slack/harness.js';
import { jsonValue, mutate, mutations, runs, SLACK_PING, timeLimit, userText } from './arbitraries.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** A body as Bolt's own parser reads it (form fields, a form's `payload`, or JSON). */
function parsed(encoded: EncodedBody): unknown {
  const req = { rawBody: Buffer.from(encoded.body), headers: { 'content-type': encoded.contentType } };
  return HTTPModuleFunctions.parseHTTPRequestBody(req as unknown as BufferedIncomingMessage);
}

/** Form fields are strings: a mutated value of another type is sent as its JSON. */
function asForm(body: Record<string, unknown>): EncodedBody {
  const fields = Object.entries(body).map(([key, value]): [string, string] => [
    key,
    typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
  ]);
  return { contentType: FORM, body: new URLSearchParams(fields).toString() };
}

describe('fuzz: Slack bodies (fast-check, real Bolt in HTTP mode, fake Slack)', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startOnFake('http');
  });
  afterAll(async () => {
    await run?.stop();
  });

  /** Valid payloads of each kind, built by the fake, to mutate. */
  const valid = (): Record<string, unknown>[] => [
    { ...run.slack.build.slashCommand({ command: '/quote', text: 'election' }) },
    { ...run.slack.build.blockAction({ actionId: 'quote_next', value: 'x' }) },
    {
      type: 'event_callback',
      team_id: run.slack.teamId,
      api_app_id: run.slack.apiAppId,
      event_id: 'Ev1',
      event_time: 1,
      event: run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` }),
    },
  ];

  it(
    'given any JSON value or form as a parsed body then the shape check says ok or not, and never throws',
    () => {
      const encoded = fc.oneof(
        jsonValue.map((value): EncodedBody => ({
          contentType: JSON_TYPE,
          body: JSON.stringify(value) ?? 'null',
        })),
        fc
          .dictionary(fc.constantFrom('payload', 'command', 'text', 'ssl_check', 'type', 'x'), userText)
          .map((fields): EncodedBody => ({
            contentType: FORM,
            body: new URLSearchParams(fields).toString(),
          })),
        jsonValue.map((value): EncodedBody => ({
          contentType: FORM,
          body: `payload=${encodeURIComponent(JSON.stringify(value) ?? 'null')}`,
        })),
      );
      fc.assert(
        fc.property(encoded, (body) => {
          let value: unknown;
          try {
            value = parsed(body);
          } catch {
            return; // not JSON: the receiver answers 400 before the shape check
          }
          const check = checkSlackBody(value);
          expect(typeof check.ok).toBe('boolean');
        }),
        { numRuns: runs(2500) },
      );
    },
    timeLimit(120_000),
  );

  it(
    'given signed, mutated commands, clicks and events then every one is answered 200, 400 or 404 within 3 s, and nothing posted pings anyone',
    async () => {
      const kinds = valid();
      await fc.assert(
        fc.asyncProperty(fc.nat(kinds.length - 1), mutations, async (kind, applied) => {
          const body = mutate(kinds[kind]!, applied);
          const encoded =
            kind === 0 ? asForm(body) : kind === 1 ? encodeInteraction(body as never) : encodeEvent(body);
          const res = await run.slack.http.post(run.appUrl, encoded);
          expect([200, 400, 404]).toContain(res.status);
          expect(res.late).toBe(false);
          if (res.json !== undefined) expect(textOf(res.json)).not.toMatch(SLACK_PING);
        }),
        { numRuns: runs(150) },
      );
      const after = await run.slack.http.postSlashCommand(run.appUrl, {
        command: '/quote',
        text: 'election',
      });
      expect(after.status).toBe(200);
    },
    timeLimit(300_000),
  );

  it(
    'given any text to /quote, /summary and /articles over signed HTTP then the answer is 200 and pings nobody',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('/quote', '/summary', '/articles', '/quotebot-help'),
          userText,
          async (command, text) => {
            const res = await run.slack.http.postSlashCommand(run.appUrl, { command, text });
            expect(res.status).toBe(200);
            expect(textOf(res.json)).not.toMatch(SLACK_PING);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    timeLimit(300_000),
  );

  it(
    'given mentions with any text then every reply posted pings nobody',
    async () => {
      const before = run.slack.callsTo('chat.postMessage').length;
      await fc.assert(
        fc.asyncProperty(userText, async (text) => {
          const mention = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> ${text}` });
          const res = await run.slack.http.postEvent(run.appUrl, mention);
          expect(res.status).toBe(200);
        }),
        { numRuns: runs(60) },
      );
      await run.slack.waitForCall(
        'chat.postMessage',
        () => run.slack.callsTo('chat.postMessage').length >= before + 1,
      );
      for (const call of run.slack.callsTo('chat.postMessage').slice(before)) {
        expect(`${String(call.args['text'] ?? '')}\n${textOf(call.args['blocks'])}`).not.toMatch(SLACK_PING);
      }
    },
    timeLimit(300_000),
  );
});
