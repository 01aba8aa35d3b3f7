// Draws assets/logo.png (320x320) and assets/logo-small.png (128x128): a white shield with a
// navy pen nib on a navy rounded square. No image library: shapes are tested per sub-pixel
// (4x4 supersampling) and written as an RGBA PNG with node:zlib. Run: node scripts/make-logos.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const NAVY = [30, 58, 95], WHITE = [255, 255, 255];
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => ~buf.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), ~0) >>> 0;
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const roundedSquare = (x, y, r = 0.2) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0), dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const shield = (x, y) => {
  if (y < 0.18 || y > 0.86) return false;
  const t = y <= 0.5 ? 0 : (y - 0.5) / 0.36; // straight sides, then a curve down to the point
  return Math.abs(x - 0.5) <= 0.25 * Math.pow(1 - Math.pow(t, 1.7), 1 / 1.7);
};
const nib = (x, y) => {
  if (y < 0.3 || y > 0.74) return false;
  const half = y <= 0.5 ? 0.065 + (0.06 * (y - 0.3)) / 0.2 : (0.125 * (0.74 - y)) / 0.24;
  const hole = (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.03 ** 2;
  const slit = y > 0.5 && Math.abs(x - 0.5) <= 0.008;
  return Math.abs(x - 0.5) <= half && !hole && !slit;
};
const colourAt = (x, y) => (!roundedSquare(x, y) ? null : shield(x, y) && !nib(x, y) ? WHITE : NAVY);

function png(size) {
  const S = 4, rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const c = colourAt((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
      if (a) row.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))], 1 + px * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const root = new URL('../', import.meta.url);
writeFileSync(new URL('assets/logo.png', root), png(320));
writeFileSync(new URL('assets/logo-small.png', root), png(128));
