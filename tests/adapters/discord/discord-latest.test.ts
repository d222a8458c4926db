import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library } from '../../../src/index.js';
import { bridgeStory } from '../../helpers/bridge-story.js';
import { startHarness, type Harness } from './harness.js';

// Words of the newest report's lead that the search does not highlight (its match is "bridge").
const LEAD_WORDS = 'will reopen to cars next week';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(new Bot(Library.create(bridgeStory()), COMMANDS));
});

afterAll(async () => {
  await harness.stop();
});

/** The "Next match" button's custom_id of a message. */
function nextId(message: Record<string, any>): string {
  const buttons = message.components[0].components as { label: string; custom_id: string }[];
  return buttons.find((button) => button.label === 'Next match')!.custom_id;
}

describe('Discord: "what\'s the latest on the bridge?" (real discord.js, fake Discord)', () => {
  it("given the question, then the newest report's lead is match 1 of 3, and Next match walks on through the rest and back to the lead", async () => {
    const asked = harness.discord.sendMessageCreate({
      content: "what's the latest on the bridge?",
      mentionBot: true,
    });
    const first = (
      await harness.discord.waitForRequest(
        (request) =>
          request.route === 'POST /channels/:channelId/messages' &&
          request.body?.message_reference?.message_id === asked.id,
      )
    ).body;
    expect(first.embeds[0].description).toContain(LEAD_WORDS);
    expect(first.embeds[0].footer.text).toMatch(/match 1 of 3$/);
    expect(nextId(first).length).toBeLessThanOrEqual(100);

    const seen: string[] = [];
    let message = first;
    for (const expected of ['match 2 of 3', 'match 3 of 3', 'match 1 of 3']) {
      const clicked = await harness.discord
        .sendInteraction(harness.discord.buildButtonInteraction({ customId: nextId(message) }))
        .waitForCallback();
      message = clicked.body.data;
      expect(message.embeds[0].footer.text).toMatch(new RegExp(`${expected}$`));
      seen.push(message.embeds[0].description as string);
    }
    expect(seen[0]).not.toContain(LEAD_WORDS);
    expect(seen[1]).not.toContain(LEAD_WORDS);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[2]).toContain(LEAD_WORDS);
  });
});
