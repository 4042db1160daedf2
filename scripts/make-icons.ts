/**
 * npm run icons: the PNG icons made from public/favicon.svg, and the web
 * manifest that lists them. Run after changing the SVG; the files are
 * committed (the server serves public/ as it is, and needs no sharp).
 *
 * - apple-touch-icon.png (180×180): square and opaque, iOS rounds it itself;
 * - icon-192.png, icon-512.png: the favicon as it is, for Android and browsers;
 * - icon-maskable-512.png: square, the mark well inside the safe zone, for
 *   launchers that cut their own shape.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const publicDir = path.resolve(import.meta.dirname, "../public");
const svg = fs.readFileSync(path.join(publicDir, "favicon.svg"), "utf8");
// The brand colour of the SVG's background, also the manifest's theme.
const brand = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? "#1d5c4d";
/**
 * The same mark on a square (no rounded corners, no transparency), with
 * `margin` units of background around the 32-unit drawing, so that a
 * launcher's mask never cuts the letters.
 */
function square(margin: number) {
  const side = 32 + 2 * margin;
  return svg
    .replace('viewBox="0 0 32 32"', `viewBox="${-margin} ${-margin} ${side} ${side}"`)
    .replace(
      /<rect width="32" height="32" rx="\d+"/,
      `<rect x="${-margin}" y="${-margin}" width="${side}" height="${side}"`,
    );
}

async function png(source: string, size: number, file: string) {
  const units = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(source)?.[1] ?? 32);
  // Rendered at the target size (density scales the viewBox), not scaled up from 32 px.
  await sharp(Buffer.from(source), { density: (72 * size) / units })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(publicDir, file));
  console.log(`public/${file} (${size}×${size})`);
}

await png(square(3), 180, "apple-touch-icon.png");
await png(svg, 192, "icon-192.png");
await png(svg, 512, "icon-512.png");
// The safe zone of a maskable icon is the centre circle of 80 % of its side.
await png(square(8), 512, "icon-maskable-512.png");

const manifest = {
  name: "Coup de main",
  short_name: "Coup de main",
  description: "L’entraide entre voisins",
  lang: "fr",
  start_url: "/",
  display: "standalone",
  background_color: "#ffffff",
  theme_color: brand,
  icons: [
    { src: "/favicon.svg", type: "image/svg+xml", sizes: "any" },
    { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
    { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    { src: "/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
  ],
};
fs.writeFileSync(
  path.join(publicDir, "manifest.webmanifest"),
  `${JSON.stringify(manifest, null, 2)}\n`,
);
console.log("public/manifest.webmanifest");
