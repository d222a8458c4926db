import { describe, expect, it } from 'vitest';
import { Library, parseArticle } from '../../src/index.js';
import { HENS_INTERVIEW_FILE } from '../helpers/content.js';
import { FakeClock, FakePlatform, makeService, schedule } from './fakes.js';

const interview = parseArticle('hens-interview.md', HENS_INTERVIEW_FILE);

describe('a daily quote from an interview', () => {
  it("given an interview's answers and its introduction then each answer's post credits the interviewee, interviewed by the writer, and the introduction the writer", async () => {
    const clock = new FakeClock('2026-06-01T07:00:00Z');
    const discord = new FakePlatform('discord', clock, 120_000);
    const { service, store } = makeService({
      library: Library.create([interview]),
      clock,
      posters: [discord],
    });
    await store.saveSchedule(schedule({ article: null }));
    for (let day = 0; day < 4; day++) {
      await service.runDue(clock.now());
      clock.advance(86_400_000);
    }
    const credits = new Map(
      discord.requests.map((request) => [request.passage.text, request.article.author]),
    );
    expect(
      credits.get(
        'Never buy hens from a stranger at a market, because you cannot tell whether they are healthy.',
      ),
    ).toBe('Dana Osei, interviewed by Tomas Reed');
    expect(
      credits.get(
        'My grandmother kept hens behind her shop in the town, and I caught the bug from her early on.',
      ),
    ).toBe('Dana Osei, interviewed by Tomas Reed');
    expect(
      credits.get('Dana Osei keeps six hens on a plot behind her flat, and sells their eggs at the gate.'),
    ).toBe('Tomas Reed');
  });
});
