// Draws the extension's Marketplace icon, images/icon.png (128×128): a target whose rings
// fill like a key result's progress, on a rounded dark-blue square. The PNG is committed;
// run this again only to change the design: node packages/extension/scripts/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4; // per axis: 16 samples a pixel for smooth edges
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../images/icon.png');

const BACKGROUND = [0x1d, 0x3b, 0x6e];
const RING = [0xf4, 0xf7, 0xfb];
const ACCENT = [0x34, 0xd3, 0x99];

/** The colour at a point (0..SIZE), or undefined outside the rounded square. */
function colourAt(x, y) {
    const r = 24, inset = 4;
    const cx = Math.min(Math.max(x, inset + r), SIZE - inset - r), cy = Math.min(Math.max(y, inset + r), SIZE - inset - r);
    if (Math.hypot(x - cx, y - cy) > r) return undefined;
    const d = Math.hypot(x - 64, y - 64);
    // Progress arc: three quarters of the outer ring, clockwise from the top.
    const angle = (Math.atan2(x - 64, 64 - y) + 2 * Math.PI) % (2 * Math.PI);
    if (d >= 40 && d <= 48) return angle <= 1.5 * Math.PI ? ACCENT : mix(BACKGROUND, RING, 0.25);
    if (d >= 24 && d <= 31) return RING;
    if (d <= 14) return ACCENT;
    return BACKGROUND;
}

function mix(a, b, t) {
    return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    pixels[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
        const sum = [0, 0, 0, 0];
        for (let sy = 0; sy < SAMPLES; sy++) {
            for (let sx = 0; sx < SAMPLES; sx++) {
                const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
                if (!colour) continue;
                colour.forEach((v, i) => { sum[i] += v; });
                sum[3] += 1;
            }
        }
        const at = row + 1 + x * 4;
        const covered = sum[3];
        for (let i = 0; i < 3; i++) pixels[at + i] = covered ? Math.round(sum[i] / covered) : 0;
        pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(buffer) {
    let c = 0xffffffff;
    for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
