/**
 * A Windows icon file (.ico) holding PNG images, as every browser since IE Vista reads them: a 6-byte
 * header, a 16-byte entry per image (its size, byte length and offset), then the PNG files themselves.
 * Written by hand because the format is those 22 bytes per image; sharp makes the PNGs.
 */
export function icoFromPngs(images: { size: number; png: Uint8Array }[]): Uint8Array {
  const headerSize = 6 + 16 * images.length;
  const total = headerSize + images.reduce((n, i) => n + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    if (size < 1 || size > 256) throw new RangeError(`an icon image is 1 to 256 px wide, not ${size}`);
    const entry = 6 + 16 * i;
    view.setUint8(entry, size === 256 ? 0 : size); // 0 means 256
    view.setUint8(entry + 1, size === 256 ? 0 : size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
