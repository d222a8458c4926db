import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteAction, decodeQuoteState } from '../../../adapters/slack/button-state.js';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';
import { Library } from '../../../src/index.js';
import { bridgeStory } from '../../helpers/bridge-story.js';
import { buttonsOf, injectorFor, startOnFake, textOf, type Running } from './harness.js';

// Words of the newest report's lead that the search does not highlight (its match is "bridge").
const LEAD_WORDS = 'will reopen to cars next week';

describe.each(['socket', 'http'] as const)(
  'Slack: "what\'s the latest on the bridge?", %s mode (real Bolt, fake Slack)',
  (mode) => {
    let run: Running;
    let inject: ReturnType<typeof injectorFor>;

    beforeAll(async () => {
      run = await startOnFake(mode, {}, { library: Library.create(bridgeStory()) });
      inject = injectorFor(run, mode);
    });
    afterAll(async () => {
      await run?.stop();
    });

    it("given the question, then the newest report's lead is match 1 of 3, and Next match walks on through the rest and back to the lead", async () => {
      const event = run.slack.build.appMention({
        text: `<@${run.slack.botUserId}> what's the latest on the bridge?`,
      });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      let blocks = post.args['blocks'];
      const lead = LEAD_WORDS;
      expect(textOf(blocks)).toContain(lead);
      expect(textOf(blocks)).toContain('match 1 of 3');
      const value = buttonsOf(blocks).get(QuoteAction.Next)!.value;
      expect(value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      expect(decodeQuoteState(value)?.request).toMatchObject({ position: 1, leadFirst: true });

      const seen: string[] = [];
      for (const expected of ['match 2 of 3', 'match 3 of 3', 'match 1 of 3']) {
        const click = await inject.click(
          QuoteAction.Next,
          buttonsOf(blocks).get(QuoteAction.Next)!.value,
          false,
        );
        blocks = (await run.slack.waitForResponse(click.responseUrl)).body.blocks;
        expect(textOf(blocks)).toContain(expected);
        seen.push(textOf(blocks));
      }
      expect(seen[0]).not.toContain(lead);
      expect(seen[1]).not.toContain(lead);
      expect(seen[2]).toContain(lead);
    });
  },
);
