// Draws the toolbar icons (a speech bubble with a pause mark) as PNGs with no image library:
// signed-distance shapes, 4x4 supersampled, written with Node's zlib. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const triangle = (x, y) => (y > 0.66 && y < 0.86 && x > 0.28 && x < 0.44 && (x - 0.28) / 0.16 > (y - 0.66) / 0.2 ? -1 : 1);

// Colours: a calm blue tile, white bubble, amber pause bars (a prompt to stop and think).
function shade(u, v) {
  if (roundRect(u, v, 0.5, 0.5, 0.5, 0.5, 0.22) > 0) return null;
  const inBubble = roundRect(u, v, 0.5, 0.45, 0.32, 0.23, 0.1) < 0 || triangle(u, v) < 0;
  if (!inBubble) return [31, 84, 140];
  const bar = (cx) => roundRect(u, v, cx, 0.45, 0.045, 0.12, 0.02) < 0;
  if (bar(0.42) || bar(0.58)) return [214, 120, 0];
  return [255, 255, 255];
}

mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4;
  const buf = png(size, (x, y) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) {
      const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))] : [0, 0, 0, 0];
  });
  writeFileSync(`icons/${size}.png`, buf);
}
console.log('icons written');
