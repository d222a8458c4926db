import { CardDrawer } from '../../runtime/card/draw-card.js';
import { cardRequestForHit, type CardImage } from '../../src/index.js';
import { decodePng } from '../card/png.js';
import { seedLibrary } from '../helpers/content.js';
import { expect } from 'vitest';

/** A card for the best "election" quote, with a mention in it: nothing about the card may ping anyone. */
export async function drawTestCard(): Promise<CardImage> {
  const hit = seedLibrary().search({ query: 'election' }).hits[0]!;
  const request = cardRequestForHit(hit);
  return new CardDrawer().draw({ ...request, text: `@everyone <@123> ${request.text}` });
}

/** The bytes that arrived are the card: a PNG of 1200×630, byte for byte. */
export function expectCardPng(bytes: Buffer, card: CardImage): void {
  expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([1200, 630]);
  expect(bytes.equals(Buffer.from(card.png))).toBe(true);
}
