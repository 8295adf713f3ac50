// Reads the browsers' screenshots back (8-bit RGB or RGBA PNG, not interlaced: what Chromium and
// Firefox write), so a test can look at the pixels where a mark is painted.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, row by row. */
  rgba: Uint8Array;
}

export function readPng(path: string): Image {
  const buf = readFileSync(path);
  let pos = 8; // the signature
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, color, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || (color !== 2 && color !== 6) || interlace !== 0)
        throw new Error(`unsupported PNG (depth ${depth}, color type ${color}, interlace ${interlace})`);
      channels = color === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rgba = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      cur[i] = (line[i]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++)
      for (let ch = 0; ch < 4; ch++)
        rgba[(y * width + x) * 4 + ch] = ch < channels ? cur[x * channels + ch]! : 255;
    prev = cur;
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Pixels inside `rect` (CSS pixels = image pixels at scale 1) for which `test(r, g, b)` holds. */
export function countPixels(
  img: Image,
  rect: { x: number; y: number; width: number; height: number },
  test: (r: number, g: number, b: number) => boolean,
): number {
  let n = 0;
  const [x0, y0] = [Math.max(0, Math.floor(rect.x)), Math.max(0, Math.floor(rect.y))];
  const [x1, y1] = [
    Math.min(img.width, Math.ceil(rect.x + rect.width)),
    Math.min(img.height, Math.ceil(rect.y + rect.height)),
  ];
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      if (test(img.rgba[i]!, img.rgba[i + 1]!, img.rgba[i + 2]!)) n++;
    }
  return n;
}
