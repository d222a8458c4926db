import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export function decodePng(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** The share of pixels that differ between two images of one size (pixelmatch, anti-aliasing ignored). */
export function differingShare(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const diff = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return diff / (a.width * a.height);
}

/** Pixels in a rectangle that are not the colour `hex` (within a small tolerance). */
export function pixelsNot(
  png: PNG,
  hex: string,
  box: { x0: number; y0: number; x1: number; y1: number },
): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let count = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const at = (y * png.width + x) * 4;
      const off =
        Math.abs(png.data[at]! - r) + Math.abs(png.data[at + 1]! - g) + Math.abs(png.data[at + 2]! - b);
      if (off > 24) count++;
    }
  }
  return count;
}
