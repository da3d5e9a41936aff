// Draws the toolbar icons (a magnifier over a quotation mark) into assets/icons/icon-{16,32,48,128}.png.
// Node built-ins only: shapes are signed-distance functions, sampled 8×8 per pixel for anti-aliasing,
// written as RGBA PNGs with zlib. Same script, same pixels.
//
//   node scripts/make-icons.mjs [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const { values } = parseArgs({ options: { out: { type: 'string', default: resolve(import.meta.dirname, '../assets/icons') } } });

// ---------------------------------------------------------------- PNG

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- shapes (in a 128-unit square, y down)

const len = (x, y) => Math.hypot(x, y);
const circle = (px, py, cx, cy, r) => len(px - cx, py - cy) - r;
function roundRect(px, py, x0, y0, x1, y1, r) {
  const qx = Math.abs(px - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
/** Distance to a segment a→b, with the stroke radius interpolated from ra to rb (a tapered capsule). */
function taperedSegment(px, py, ax, ay, bx, by, ra, rb) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return len(px - ax - t * dx, py - ay - t * dy) - (ra + (rb - ra) * t);
}

const COLORS = {
  tile: [0x5b, 0x3c, 0xc4], // the badge colour
  glass: [0x7d, 0x62, 0xdc],
  white: [0xff, 0xff, 0xff],
  quote: [0xff, 0xc5, 0x3d],
};

/**
 * The icon's geometry per size (in 128 units): small sizes get heavier strokes, a bigger quotation
 * mark and no glass tint so they still read at 16 px; there one pixel is 8 units and the marks sit
 * on pixel centres.
 */
const PROFILES = [
  { upTo: 16, lens: { x: 52, y: 52, r: 38, w: 12 }, handleTo: 110, handleW: 20, marks: { xs: [36, 68], y: 60, r: 11, tail: 2.4 }, glass: false },
  { upTo: 32, lens: { x: 54, y: 54, r: 33, w: 12 }, handleTo: 108, handleW: 20, marks: { xs: [43, 65], y: 61, r: 8.3, tail: 2.9 }, glass: true },
  { upTo: Infinity, lens: { x: 54, y: 54, r: 33, w: 10 }, handleTo: 108, handleW: 17, marks: { xs: [44.5, 63.5], y: 60, r: 7.2, tail: 2.9 }, glass: true },
];

function geometry(size) {
  const p = PROFILES.find((x) => size <= x.upTo);
  const { lens } = p;
  const reach = lens.r + lens.w / 2 - 3;
  const handle = { ax: lens.x + reach * Math.SQRT1_2, ay: lens.y + reach * Math.SQRT1_2, bx: p.handleTo, by: p.handleTo, w: p.handleW };
  // A left double quotation mark, "66"-shaped: a ball with a tail that sweeps up and to the right.
  const { xs, y: by, r: ballR, tail } = p.marks;
  const marks = xs.map((bx) => {
    // The tail: a quadratic curve from the ball's left side, up, then right; sampled as tapered segments.
    const p0 = [bx - ballR * 0.8, by - ballR * 0.4];
    const p1 = [bx - ballR * 1.1, by - ballR * tail];
    const p2 = [bx + ballR * 0.9, by - ballR * (tail + 0.1)];
    const pts = [];
    for (let i = 0; i <= 12; i++) {
      const t = i / 12;
      const u = 1 - t;
      pts.push([u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1], ballR * (0.62 - 0.34 * t)]);
    }
    return { bx, by, ballR, pts };
  });
  return { lens, inner: lens.r - lens.w / 2, handle, marks, glass: p.glass };
}

function quoteDistance(px, py, marks) {
  let d = Infinity;
  for (const m of marks) {
    d = Math.min(d, circle(px, py, m.bx, m.by, m.ballR));
    for (let i = 0; i + 1 < m.pts.length; i++) {
      const [ax, ay, ra] = m.pts[i];
      const [bx, by, rb] = m.pts[i + 1];
      d = Math.min(d, taperedSegment(px, py, ax, ay, bx, by, ra, rb));
    }
  }
  return d;
}

/** The colour (or null for transparent) of one point of the icon. */
function colourAt(px, py, g) {
  const { lens, inner, handle, marks, glass } = g;
  const inTile = roundRect(px, py, 2, 2, 126, 126, 28) <= 0;
  const ring = Math.abs(circle(px, py, lens.x, lens.y, lens.r)) - lens.w / 2;
  const grip = taperedSegment(px, py, handle.ax, handle.ay, handle.bx, handle.by, handle.w / 2, handle.w / 2);
  if (ring <= 0 || grip <= 0) return COLORS.white;
  if (!inTile) return null;
  const inGlass = circle(px, py, lens.x, lens.y, inner) <= 0;
  if (inGlass && quoteDistance(px, py, marks) <= 0) return COLORS.quote;
  return inGlass && glass ? COLORS.glass : COLORS.tile;
}

function render(size) {
  const g = geometry(size);
  const ss = 8;
  const scale = 128 / size;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let gg = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((x + (sx + 0.5) / ss) * scale, (y + (sy + 0.5) / ss) * scale, g);
          if (!c) continue;
          r += c[0];
          gg += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (y * size + x) * 4;
      // Straight (unpremultiplied) alpha: average colour of the covered samples, alpha = coverage.
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(gg / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return encodePng(size, out);
}

mkdirSync(values.out, { recursive: true });
for (const size of SIZES) {
  const file = resolve(values.out, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(file);
}
