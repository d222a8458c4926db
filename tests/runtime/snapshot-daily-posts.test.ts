import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../runtime/library-loader.js';
import type { Library } from '../../src/index.js';
import { FakeClock, FakePlatform, makeService, schedule } from '../daily/fakes.js';
import { temporaryFolder } from '../helpers/temporary.js';

/**
 * A lab's protocol as a content file: prose that reads as quotes, a table's rows as the import writes them
 * ("Name: column value, column value."), a lead-in to a code block ("…run this:") and a numbered question.
 */
const PROTOCOL = `---
title: Measuring superoxide in zebrafish larvae
author: Ana Silva
publication: Lab Notes
date: 2026-03-01
---

Zebrafish larvae were raised at twenty-eight degrees in filtered system water for five days before staining.

Larvae kept warm for a single afternoon showed far more mitochondrial superoxide than their siblings in cool water.

The stain fades within an hour of rinsing, so every larva was imaged within forty minutes of the last wash.

- Control larvae at 28 degrees: mean signal 12.4 units per larva, sample 24 larvae, change from control none.
- Heat stressed larvae at 34 degrees: mean signal 31.9 units per larva, sample 22 larvae, change from control plus 157 percent.
- Recovered larvae back at 28 degrees: mean signal 14.1 units per larva, sample 23 larvae, change from control plus 14 percent.

The images were scored by two people who did not know which dish each larva had come from. To score the images again from the raw files on the shared drive, run this:

\`\`\`
python score_images.py --input raw/ --threshold 0.35 --blind
\`\`\`

Open questions for the next round of experiments:

1. Does the superoxide signal return to its baseline once the larvae have spent a full day back in cool water?

2. Would a longer heat exposure of three days damage the swimming muscles as well as the mitochondria?
`;

/** The texts a channel is posted over `days` days, one post a day, from the library given. */
async function postsOver(library: Library, days: number): Promise<string[]> {
  const clock = new FakeClock('2026-06-01T00:00:00Z');
  const discord = new FakePlatform('discord', clock);
  const { service, store } = makeService({ library, clock, posters: [discord] });
  await store.saveSchedule(
    schedule({ time: '09:00', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }),
  );
  for (let day = 0; day < days; day++) {
    clock.advance(9.5 * 3_600_000);
    await service.runDue(clock.now());
    clock.advance(14.5 * 3_600_000);
  }
  return discord.messages.map((message) => message.text);
}

describe('daily posts after a restart from the library snapshot', () => {
  it('given a protocol with a table, a code block and numbered questions, started twice then the second start, from the snapshot, posts what the first did: no table row, no lead-in to the code, no question', async () => {
    const dir = temporaryFolder('quotebot-restart-daily-');
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(join(content, 'superoxide-protocol.md'), PROTOCOL);
    const data = join(dir, 'data');
    const first = loadLibrary(content, { dataDir: data, log: () => undefined });
    const again = loadLibrary(content, { dataDir: data, log: () => undefined });
    expect([first.index, again.index]).toEqual(['built', 'loaded']);
    // Two weeks: the whole pool comes round at least twice.
    const before = await postsOver(first.library, 14);
    const after = await postsOver(again.library, 14);
    expect(before).toHaveLength(14);
    expect(after).toEqual(before);
    const said = after.join('\n');
    expect(said).not.toMatch(/mean signal/);
    expect(said).not.toMatch(/run this:/);
    expect(said).not.toMatch(/\?/);
    expect(new Set(after)).toEqual(
      new Set([
        'Zebrafish larvae were raised at twenty-eight degrees in filtered system water for five days before staining.',
        'Larvae kept warm for a single afternoon showed far more mitochondrial superoxide than their siblings in cool water.',
        'The stain fades within an hour of rinsing, so every larva was imaged within forty minutes of the last wash.',
        'The images were scored by two people who did not know which dish each larva had come from.',
      ]),
    );
  });
});
