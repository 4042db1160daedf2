import { createHash } from "node:crypto";
import fs from "node:fs";
import sharp, { type Metadata } from "sharp";
import {
  IMAGE_MAX_BYTES,
  IMAGE_MAX_PIXELS,
  IMAGE_WIDTHS,
  type ImagePurpose,
} from "#app/domain/images";
import type { ImageRefusal } from "./refusals";

/** The formats taken, as their first bytes tell them and as sharp names them. */
const FORMATS = [
  {
    name: "jpeg",
    sharp: ["jpeg"],
    test: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  { name: "png", sharp: ["png"], test: (b: Buffer) => b.subarray(0, 8).equals(PNG_SIGNATURE) },
  {
    name: "webp",
    sharp: ["webp"],
    test: (b: Buffer) =>
      b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP",
  },
  { name: "gif", sharp: ["gif"], test: (b: Buffer) => b.toString("latin1", 0, 4) === "GIF8" },
  {
    // HEIF and AVIF (phones' own formats): an ISO box "ftyp" with an image brand.
    name: "heif",
    sharp: ["heif"],
    test: (b: Buffer) =>
      b.toString("latin1", 4, 8) === "ftyp" &&
      /^(avif|avis|heic|heix|mif1|msf1)$/.test(b.toString("latin1", 8, 12)),
  },
] as const;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One re-encoded size of an image. */
export type Variant = { width: number; height: number; data: Buffer };

/** An upload made safe: WebP files without any metadata, named by a hash of their pixels. */
export type ProcessedImage = {
  key: string;
  /** The widest file's size. */
  width: number;
  height: number;
  variants: Variant[];
  bytes: number;
};

/**
 * Turns an uploaded file into the files the site serves. The type is told
 * by the file's first bytes (never its name or the browser's Content-Type),
 * and sharp must agree; the size is read from the header and refused past
 * 40 megapixels before a pixel is decoded (sharp's `limitInputPixels`
 * guards the decoder too). The picture is turned upright by its EXIF
 * orientation, then re-encoded to WebP at the purpose's widths: sharp
 * writes no metadata unless asked, so EXIF, GPS, XMP and ICC are gone.
 */
export async function processImage(
  file: { path: string; name: string },
  purpose: ImagePurpose,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; refusal: ImageRefusal }> {
  const refuse = (reason: "image-type" | "image-too-large" | "image-too-many-pixels") => ({
    ok: false as const,
    refusal: { reason, file: file.name },
  });
  const size = fs.statSync(file.path).size;
  if (size > IMAGE_MAX_BYTES) return refuse("image-too-large");
  const format = FORMATS.find((candidate) => candidate.test(readStart(file.path)));
  if (!format) return refuse("image-type");
  const input = () => sharp(file.path, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: "error" });
  let metadata: Metadata;
  try {
    // The header only: sharp's pixel limit would throw here before our own sentence.
    metadata = await sharp(file.path, { limitInputPixels: false }).metadata();
  } catch {
    return refuse("image-type");
  }
  if (!(format.sharp as readonly string[]).includes(metadata.format ?? ""))
    return refuse("image-type");
  if (!metadata.width || !metadata.height) return refuse("image-type");
  if (metadata.width * metadata.height > IMAGE_MAX_PIXELS) return refuse("image-too-many-pixels");
  // Orientations 5–8 turn the picture a quarter: its upright width is its height.
  const uprightWidth = (metadata.orientation ?? 1) >= 5 ? metadata.height : metadata.width;
  try {
    // Decoded once, upright, at the widest size needed (JPEG shrinks while it
    // decodes); every width is cut from those pixels.
    const widths = widthsFor(uprightWidth, purpose);
    const upright = await input()
      .rotate()
      .resize({ width: widths[widths.length - 1], withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixels = { raw: upright.info } as const;
    const variants: Variant[] = [];
    for (const width of widths) {
      const { data, info } = await sharp(upright.data, pixels)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, data });
    }
    const widest = variants[variants.length - 1]!;
    return {
      ok: true,
      image: {
        key: createHash("sha256").update(widest.data).digest("hex").slice(0, 32),
        width: widest.width,
        height: widest.height,
        variants,
        bytes: variants.reduce((sum, variant) => sum + variant.data.length, 0),
      },
    };
  } catch {
    // A file whose header reads well but whose pixels do not decode.
    return refuse("image-type");
  }
}

/** The widths to write: the purpose's, below the picture's own; and its own when it lies between. */
export function widthsFor(width: number, purpose: ImagePurpose): number[] {
  const widths: readonly number[] = IMAGE_WIDTHS[purpose];
  const widest = widths[widths.length - 1]!;
  return [
    ...widths.filter((candidate) => candidate < Math.min(width, widest)),
    Math.min(width, widest),
  ];
}

function readStart(file: string) {
  const start = Buffer.alloc(16);
  const handle = fs.openSync(file, "r");
  try {
    fs.readSync(handle, start, 0, 16, 0);
  } finally {
    fs.closeSync(handle);
  }
  return start;
}
