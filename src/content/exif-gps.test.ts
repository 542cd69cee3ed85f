import { describe, expect, it } from 'vitest';
import { jpegHasGps } from './exif-gps';

/** A minimal JPEG: SOI, an APP1 EXIF segment with IFD0 (and optionally a GPS IFD), then SOS. */
function jpeg({ gps, littleEndian }: { gps: 'full' | 'none' | 'empty'; littleEndian: boolean }): ArrayBuffer {
  const tiff: number[] = [];
  const le = littleEndian;
  const u16 = (n: number) => (le ? [n & 255, n >> 8] : [n >> 8, n & 255]);
  const u32 = (n: number) => (le ? [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24] : [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
  tiff.push(...(le ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  const ifd0Entries = gps === 'none' ? [[0x010f, 2, 4, 0]] : [[0x010f, 2, 4, 0], [0x8825, 4, 1, 8 + 2 + 2 * 12 + 4]];
  tiff.push(...u16(ifd0Entries.length));
  for (const [tag, type, count, value] of ifd0Entries) tiff.push(...u16(tag!), ...u16(type!), ...u32(count!), ...u32(value!));
  tiff.push(...u32(0));
  if (gps !== 'none') {
    const gpsEntries = gps === 'full' ? [[1, 2, 2, 0x4e], [2, 5, 3, 100], [3, 2, 2, 0x57], [4, 5, 3, 124]] : [[0, 1, 4, 0x02020000]];
    tiff.push(...u16(gpsEntries.length));
    for (const [tag, type, count, value] of gpsEntries) tiff.push(...u16(tag!), ...u16(type!), ...u32(count!), ...u32(value!));
    tiff.push(...u32(0));
  }
  const app1 = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const bytes = [0xff, 0xd8, 0xff, 0xe1, (app1.length + 2) >> 8, (app1.length + 2) & 255, ...app1, 0xff, 0xda, 0, 2];
  return new Uint8Array(bytes).buffer;
}

describe('jpegHasGps', () => {
  it('finds GPS coordinates in both byte orders', () => {
    expect(jpegHasGps(jpeg({ gps: 'full', littleEndian: true }))).toBe(true);
    expect(jpegHasGps(jpeg({ gps: 'full', littleEndian: false }))).toBe(true);
  });
  it('says no when there is no GPS block, or one without coordinates', () => {
    expect(jpegHasGps(jpeg({ gps: 'none', littleEndian: true }))).toBe(false);
    expect(jpegHasGps(jpeg({ gps: 'empty', littleEndian: false }))).toBe(false);
  });
  it('never throws on junk or truncated files', () => {
    expect(jpegHasGps(new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer)).toBe(false);
    const full = jpeg({ gps: 'full', littleEndian: true });
    for (let n = 0; n < full.byteLength; n += 7) expect(() => jpegHasGps(full.slice(0, n))).not.toThrow();
  });
});
