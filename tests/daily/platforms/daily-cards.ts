import { WorkerCardPainter } from '../../../runtime/card/worker-painter.js';
import type { CardImage, CardPainter, CardRequest } from '../../../src/index.js';

/** The runtime's card painter, counting what it draws, with a switch that makes it fail. */
export class TestPainter implements CardPainter {
  failing = false;
  readonly painted: CardImage[] = [];
  readonly worker = new WorkerCardPainter();

  async paint(request: CardRequest): Promise<CardImage> {
    if (this.failing) throw new Error('card failure for the test');
    const card = await this.worker.paint(request);
    this.painted.push(card);
    return card;
  }
}
