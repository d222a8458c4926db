import { parentPort } from 'node:worker_threads';
import type { CardImage, CardRequest } from '../../src/card/index.js';
import { CardDrawer } from './draw-card.js';

/** Messages from the painter: draw a card, or only load the fonts every card needs. */
export type CardWorkerRequest =
  | { readonly id: number; readonly kind: 'draw'; readonly request: CardRequest }
  | { readonly id: number; readonly kind: 'warm' };

export type CardWorkerReply =
  | { readonly id: number; readonly ok: true; readonly card?: CardImage }
  | { readonly id: number; readonly ok: false; readonly message: string };

const drawer = new CardDrawer();
const port = parentPort;
if (!port) throw new Error('card-worker runs as a worker thread');

// One card at a time: drawing is CPU-bound, and the next request waits in the message queue.
let queue = Promise.resolve();
port.on('message', (message: CardWorkerRequest) => {
  queue = queue.then(async () => {
    try {
      if (message.kind === 'warm') {
        await drawer.warm();
        port.postMessage({ id: message.id, ok: true } satisfies CardWorkerReply);
        return;
      }
      const card = await drawer.draw(message.request);
      port.postMessage({ id: message.id, ok: true, card } satisfies CardWorkerReply, [
        card.png.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: message.id, ok: false, message: text } satisfies CardWorkerReply);
    }
  });
});
