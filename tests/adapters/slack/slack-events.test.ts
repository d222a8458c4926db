import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCall } from '../../fakes/slack/index.js';
import { capturedLogger, logMessage } from '../../helpers/log-capture.js';
import { injectorFor, startOnFake, textOf, type Running } from './harness.js';

describe.each(['socket', 'http'] as const)(
  'Slack mentions and direct messages, %s mode (real Bolt, fake Slack)',
  (mode) => {
    let run: Running;
    let inject: ReturnType<typeof injectorFor>;
    const log = capturedLogger();
    const postsIn = (threadTs: string): ApiCall[] =>
      run.slack.callsTo('chat.postMessage').filter((call) => call.args['thread_ts'] === threadTs);
    /** A mention that is answered: once its answer is there, everything sent before it has been handled. */
    const sentinel = async (): Promise<void> => {
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote weather` });
      await inject.event(event);
      await run.slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === event['ts']);
    };

    beforeAll(async () => {
      run = await startOnFake(mode, {}, { logger: log.logger });
      inject = injectorFor(run, mode);
    });
    afterAll(async () => {
      await run?.stop();
    });

    it('given "@quotebot quote election" then the answer is posted in its thread, as Block Kit, linking nobody', async () => {
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      expect(post.args['channel']).toBe(event['channel']);
      expect(post.token).toBe(run.slack.botToken);
      expect(textOf(post.args['blocks'])).toContain('*election*');
      expect(post.args['link_names']).toBeUndefined();
      expect(String(post.args['unfurl_links'])).toBe('false');
      expect(textOf(post.args['blocks'])).not.toMatch(/<[!@#]/);
    });

    it.each([
      ['is there anything about covid?', /pandemic/],
      ['how many tests did north korea hold?', /No passage matches/],
      ['my cat likes the morning sun', /did not understand/],
      // The dictionary knows "city": no misspelt "cite", so the whole question is searched.
      ['what city is the capital of france?', /No passage matches .what city is the capital of france\?/],
      // An author of the library: what the article says of them, and their article.
      ['who is eric ballbach?', /research fellow at the Institute of Korean Studies[\s\S]*Their article/],
    ])('given the mention %j then the bot reads it as the console does', async (words, pattern) => {
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> ${words}` });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      expect(textOf(post.args['blocks'])).toMatch(pattern);
    });

    /** Mentions the bot with these words, as this user; resolves to the text of the answer. */
    const answerTo = async (words: string, userId?: string): Promise<string> => {
      const event = run.slack.build.appMention({
        text: `<@${run.slack.botUserId}> ${words}`,
        ...(userId ? { userId } : {}),
      });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      return textOf(post.args['blocks']);
    };

    it('given "@quotebot quote north korea" then "who said that?", "next" and "more", then they follow up that quote in that conversation; another user\'s "next" asks for a quote', async () => {
      const first = await answerTo('quote north korea');
      expect(first).toContain('*North Korea*');
      expect(await answerTo('who said that?')).toMatch(/^From .*Donald Trump.*, by Eric Ballbach/);
      const next = await answerTo('next');
      expect(next).toContain('*North Korea*');
      expect(next).toMatch(/match 2 of \d+/);
      expect(await answerTo('more')).toMatch(/match 3 of \d+/);
      expect(await answerTo('next', 'U0OTHER')).toContain('Ask for a quote first');
    });

    it('given a mention inside a thread then the answer goes to that thread', async () => {
      const threadTs = '1700000000.000100';
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> summarize`, threadTs });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === threadTs,
      );
      expect(textOf(post.args['blocks'])).toMatch(/Summary of/);
    });

    it('given a direct message "summarize" then the summary is posted in a thread of the DM', async () => {
      const event = run.slack.build.directMessage({ text: 'summarize' });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      expect(post.args['channel']).toBe(event['channel']);
      expect(textOf(post.args['blocks'])).toMatch(/Summary of/);
    });

    it('given "@quotebot quote election as a card" on a bot that draws no cards, then the text quote comes in its thread, saying why', async () => {
      const before = run.slack.callsTo('files.getUploadURLExternal').length;
      const text = await answerTo('quote election as a card');
      expect(text).toContain('Quote cards are not available on this bot, so here is the quote as text.');
      expect(text).toContain('*election*');
      expect(run.slack.callsTo('files.getUploadURLExternal')).toHaveLength(before);
    });

    it('given a mention whose words are <!channel> and <@U123> then the reply notifies nobody', async () => {
      for (const words of ['&lt;!channel&gt; zzqq', '<!channel> <@U123> zzqq']) {
        const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote ${words}` });
        await inject.event(event);
        const post = await run.slack.waitForCall(
          'chat.postMessage',
          (call) => call.args['thread_ts'] === event['ts'],
        );
        const text = `${textOf(post.args['blocks'])}\n${String(post.args['text'])}`;
        expect(text).toContain('zzqq');
        expect(text).not.toMatch(/<[!@#]/);
      }
    });

    it('given small talk then the commands come in code spans, and the notification text has them as typed', async () => {
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> hello there` });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      expect(textOf(post.args['blocks'])).toMatch(/^Ask me for a quote \(`\/quote [^`]+`\)/);
      expect(String(post.args['text'])).toMatch(
        /^Ask me for a quote \(\/quote [^)]+\) or a summary \(\/summary\); \/[a-z-]*help lists everything\.$/,
      );
    });

    it('given a retry of an answered event (same event_id, retry header) then it is answered once', async () => {
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      await inject.event(event, { eventId: `EvRetry${mode}` });
      await run.slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === event['ts']);
      await inject.event(event, { eventId: `EvRetry${mode}`, retry: 1 });
      await inject.event(event, { eventId: `EvRetry${mode}`, retry: 2 });
      await sentinel();
      expect(postsIn(event['ts'] as string)).toHaveLength(1);
    });

    it('given a redelivery with the same event_id but a rebuilt payload then it is answered once', async () => {
      const first = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      const rebuilt = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      await inject.event(first, { eventId: `EvSame${mode}` });
      await run.slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === first['ts']);
      await inject.event(rebuilt, { eventId: `EvSame${mode}`, retry: 1 });
      await sentinel();
      expect(postsIn(first['ts'] as string)).toHaveLength(1);
      expect(postsIn(rebuilt['ts'] as string)).toHaveLength(0);
    });

    it('given a retry that arrives while the first delivery is still being answered then it is answered once', async () => {
      run.slack.failNext({ method: 'chat.postMessage', delayMs: 300 });
      const event = run.slack.build.directMessage({ text: 'quote election' });
      await Promise.all([
        inject.event(event, { eventId: `EvRace${mode}` }),
        inject.event(event, { eventId: `EvRace${mode}`, retry: 1 }),
      ]);
      // The delayed post is recorded once answered; any second answer would have been sent by then.
      await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'] && call.fault !== undefined,
      );
      await sentinel();
      expect(postsIn(event['ts'] as string)).toHaveLength(1);
    });

    it("given the first answer failed to post then Slack's retry is answered", async () => {
      run.slack.failNext({ method: 'chat.postMessage', error: 'fatal_error' });
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` });
      await inject.event(event, { eventId: `EvFail${mode}` });
      await run.slack.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === event['ts']);
      // Slack retries once the first delivery is over: wait until the bot has given up on its answer.
      await log.find(logMessage('slack reply could not be posted'));
      await inject.event(event, { eventId: `EvFail${mode}`, retry: 1 });
      await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'] && (call.response as { ok?: boolean }).ok === true,
      );
      await sentinel();
      expect(postsIn(event['ts'] as string).map((call) => (call.response as { ok: boolean }).ok)).toEqual([
        false,
        true,
      ]);
    });

    it('given its own messages, other bots and edited messages then the bot stays silent', async () => {
      const own = run.slack.build.botMessage({ text: 'quote election', channelId: 'D0FAKEDM01' });
      const other = run.slack.build.botMessage({
        text: 'quote election',
        botId: 'B0OTHER',
        channelId: 'D0FAKEDM01',
      });
      const otherMention = {
        ...run.slack.build.appMention({ text: `<@${run.slack.botUserId}> quote election` }),
        bot_id: 'B0OTHER',
      };
      const edited = {
        ...run.slack.build.directMessage({ text: 'quote election' }),
        subtype: 'message_changed',
      };
      const before = run.bot.requests.length;
      for (const event of [own, other, otherMention, edited]) await inject.event(event);
      await sentinel();
      expect(run.bot.requests.length).toBe(before + 1);
      for (const event of [own, other, otherMention, edited])
        expect(postsIn((event as Record<string, unknown>)['ts'] as string)).toEqual([]);
    });
  },
);
