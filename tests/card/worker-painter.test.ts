import { afterAll, describe, expect, it } from 'vitest';
import { WorkerCardPainter, cardKey } from '../../runtime/card/worker-painter.js';
import { cardSamples } from './card-samples.js';
import { seedLibrary } from '../helpers/content.js';
import { decodePng } from './png.js';

const painter = new WorkerCardPainter();
afterAll(() => painter.close());
const samples = cardSamples();

describe('WorkerCardPainter', { timeout: 120_000 }, () => {
  it('given a card being drawn then the main thread answers a search and timers before the card is done', async () => {
    const events: string[] = [];
    const card = painter.paint(samples['longest']!).then(() => events.push('card'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    const hits = seedLibrary().search({ query: 'election' }).hits;
    events.push(`search ${hits.length > 0}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    events.push('timer');
    expect(performance.now() - started).toBeLessThan(500);
    await card;
    expect(events).toEqual(['search true', 'timer', 'card']);
  });

  it('given the same card twice then it is drawn once and the second comes from the cache', async () => {
    const first = await painter.paint(samples['short']!);
    const again = painter.paint({ ...samples['short']! });
    expect(await again).toBe(first);
    const png = decodePng(first.png);
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('given two requests that differ only in theme, or in the marks of their alt text, then their cache keys differ', () => {
    const light = samples['election']!;
    expect(cardKey(light)).not.toBe(cardKey({ ...light, theme: 'dark' }));
    expect(cardKey(light)).toBe(cardKey({ ...light }));
    expect(cardKey(light)).not.toBe(cardKey({ ...light, marks: ['‘', '’'] }));
  });
});
