/**
 * Draws the extension's icons (public/icon/<size>.png, which WXT puts in the manifest): a blue rounded
 * square holding a white page with text lines. Plain RGBA pixels written as PNG with node:zlib, so no
 * image tool or network is needed. Run `npx tsx tools/gen-icons.ts` after changing the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

type Rgba = [number, number, number, number];
const BLUE: Rgba = [11, 87, 208, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [120, 132, 150, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The colour at (x, y) of the drawing in a 1×1 square (coordinates 0..1). */
function colourAt(x: number, y: number): Rgba {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.96, 0.96, 0.2)) return CLEAR;
  const page = { x: 0.25, y: 0.16, w: 0.5, h: 0.68 };
  if (!inRoundedRect(x, y, page.x, page.y, page.w, page.h, 0.05)) return BLUE;
  // Five text lines, the last one short.
  for (let i = 0; i < 5; i++) {
    const top = page.y + 0.1 + i * 0.105;
    const right = i === 4 ? page.x + 0.3 : page.x + page.w - 0.08;
    if (y >= top && y < top + 0.055 && x >= page.x + 0.08 && x < right) return LINE;
  }
  return WHITE;
}

function inRoundedRect(x: number, y: number, left: number, top: number, width: number, height: number, radius: number): boolean {
  if (x < left || y < top || x >= left + width || y >= top + height) return false;
  const cx = Math.min(Math.max(x, left + radius), left + width - radius);
  const cy = Math.min(Math.max(y, top + radius), top + height - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** 4×4 supersampling per pixel, so small sizes stay smooth. */
function draw(size: number): Buffer {
  const rows: Buffer[] = [];
  const samples = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // Premultiplied, so transparent samples do not darken the edge.
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      }
      const alpha = sum[3]! / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = alpha === 0 ? 0 : Math.round(sum[c]! / sum[3]!);
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(path.join(OUT, `${size}.png`), draw(size));
console.log(`wrote ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
