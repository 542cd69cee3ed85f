// Does a JPEG carry GPS coordinates in its EXIF data? Read on the device from the chosen File;
// a tiny parser instead of a full EXIF library keeps the content script small.

/** True when the EXIF block of a JPEG has a GPS latitude and longitude. */
export function jpegHasGps(buf: ArrayBuffer): boolean {
  const v = new DataView(buf);
  if (v.byteLength < 4 || v.getUint16(0) !== 0xffd8) return false;
  let p = 2;
  while (p + 4 <= v.byteLength) {
    if (v.getUint8(p) !== 0xff) return false;
    const marker = v.getUint8(p + 1);
    if (marker === 0xda || marker === 0xd9) return false; // image data starts: no EXIF before it
    const len = v.getUint16(p + 2);
    if (marker === 0xe1 && p + 10 <= v.byteLength && v.getUint32(p + 4) === 0x45786966 /* "Exif" */) {
      return tiffHasGps(v, p + 10, Math.min(v.byteLength, p + 2 + len));
    }
    p += 2 + len;
  }
  return false;
}

function tiffHasGps(v: DataView, tiff: number, limit: number): boolean {
  if (tiff + 8 > limit) return false;
  const order = v.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return false;
  const le = order === 0x4949;
  const u16 = (at: number) => v.getUint16(at, le);
  const u32 = (at: number) => v.getUint32(at, le);
  const ifdTags = (offset: number): Map<number, number> => {
    const tags = new Map<number, number>();
    const at = tiff + offset;
    if (at + 2 > limit) return tags;
    const count = u16(at);
    for (let i = 0; i < count; i++) {
      const e = at + 2 + i * 12;
      if (e + 12 > limit) break;
      tags.set(u16(e), u32(e + 8));
    }
    return tags;
  };
  const gpsOffset = ifdTags(u32(tiff + 4)).get(0x8825);
  if (!gpsOffset) return false;
  const gps = ifdTags(gpsOffset);
  return gps.has(0x0002) && gps.has(0x0004);
}

/** Reads only the head of the file, where EXIF lives. Never throws. */
export async function fileHasGps(file: File): Promise<boolean> {
  try {
    if (!/^image\/(jpeg|jpg|pjpeg)$/i.test(file.type) && !/\.jpe?g$/i.test(file.name)) return false;
    return jpegHasGps(await file.slice(0, 256 * 1024).arrayBuffer());
  } catch {
    return false;
  }
}
