// Writes demo/public/favicon.ico from favicon.svg (for browsers and tools that ask for
// /favicon.ico): Chromium draws the SVG at 32 and 48 pixels, and the PNGs go into one .ico.
//   npx tsx demo/make-favicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = [32, 48];
const pngs: Buffer[] = [];
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  pngs.push(await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();

// ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG is allowed inside).
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(pngs[i]!.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += pngs[i]!.length;
});
writeFileSync(new URL('public/favicon.ico', import.meta.url), Buffer.concat([header, ...pngs]));
