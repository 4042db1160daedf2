import fs from "node:fs";
import path from "node:path";
import { imageUrl } from "#app/domain/images";
import type { ProcessedImage } from "./pipeline.server";

/** The uploads folder (UPLOADS_DIR) holds the images under `images/`. */
export function imageFilePath(uploadsDir: string, key: string, width: number) {
  return path.join(uploadsDir, imageUrl(key, width).slice(1));
}

/**
 * Writes an image's files, each under a temporary name then renamed, so a
 * crash never leaves half a file under a served name. A file already there
 * has the same content (the name is its hash): it is kept.
 */
export function writeImageFiles(uploadsDir: string, image: ProcessedImage) {
  fs.mkdirSync(path.join(uploadsDir, "images"), { recursive: true });
  for (const variant of image.variants) {
    const target = imageFilePath(uploadsDir, image.key, variant.width);
    if (fs.existsSync(target)) continue;
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(temporary, variant.data);
    fs.renameSync(temporary, target);
  }
}

/** Removes an image's files (those already gone are no error). */
export function removeImageFiles(uploadsDir: string, image: { key: string; widths: string }) {
  for (const width of image.widths.split(" ").map(Number)) {
    fs.rmSync(imageFilePath(uploadsDir, image.key, width), { force: true });
  }
}
