#!/usr/bin/env node
// Draws the add-in icons (a green budget sheet with a check-mark badge) and writes them as
// PNGs to assets/. No image tools: shapes are signed-distance tests, supersampled 4×4,
// and the PNG bytes are assembled by hand with zlib. Run: node scripts/make-icons.js
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;

const EXCEL_GREEN = [16, 124, 65];
const DARK_GREEN = [11, 90, 46];
const GRID_GREEN = [169, 211, 184];
const WHITE = [255, 255, 255];

// --- Shapes in unit coordinates (0..1, y down) ---------------------------------------

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const SHEET = { x0: 0.1, y0: 0.05, x1: 0.74, y1: 0.86 };
const BORDER = 0.055;
const HEADER_BOTTOM = 0.25;
const GRID_ROWS = [0.42, 0.58, 0.74];
const GRID_COLUMN = 0.36;
const BADGE = { cx: 0.72, cy: 0.72, r: 0.27 };
const CHECK = [
  [0.6, 0.72],
  [0.69, 0.81],
  [0.85, 0.62],
];

/** Colour of one sample point, or undefined where the icon is transparent. */
function sample(x, y) {
  const badgeDistance = Math.hypot(x - BADGE.cx, y - BADGE.cy);
  if (badgeDistance <= BADGE.r) {
    const stroke = 0.055;
    const onCheck =
      distanceToSegment(x, y, ...CHECK[0], ...CHECK[1]) <= stroke ||
      distanceToSegment(x, y, ...CHECK[1], ...CHECK[2]) <= stroke;
    return onCheck ? WHITE : DARK_GREEN;
  }
  // A white ring separates the badge from the sheet behind it.
  if (badgeDistance <= BADGE.r + 0.04 && inRect(x, y, SHEET.x0, SHEET.y0, SHEET.x1, SHEET.y1)) {
    return WHITE;
  }
  if (!inRect(x, y, SHEET.x0, SHEET.y0, SHEET.x1, SHEET.y1)) return undefined;
  const inner = inRect(x, y, SHEET.x0 + BORDER, SHEET.y0 + BORDER, SHEET.x1 - BORDER, SHEET.y1 - BORDER);
  if (!inner || y <= HEADER_BOTTOM) return EXCEL_GREEN;
  const line = 0.025;
  if (GRID_ROWS.some((row) => Math.abs(y - row) <= line)) return GRID_GREEN;
  if (Math.abs(x - GRID_COLUMN) <= line) return GRID_GREEN;
  return WHITE;
}

/** RGBA pixels of a size×size icon, each pixel the average of its samples. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return pixels;
}

// --- PNG encoding -------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let c = index;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const assets = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng };
