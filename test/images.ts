import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

/**
 * A phone photo as the tests need one: a JPEG with the camera's EXIF, GPS
 * coordinates (Donges) and a quarter-turn orientation, written to a file.
 */
export async function photoWithGps(
  options: { width?: number; height?: number; file?: string } = {},
) {
  const { width = 1600, height = 1200 } = options;
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Phone 12" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "47/1 19/1 3000/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "2/1 4/1 0/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const file =
    options.file ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "photo-")), "chat.jpg");
  fs.writeFileSync(file, data);
  return { file, data };
}

/** Whether a file holds any metadata block: EXIF (and its GPS), XMP or an ICC profile. */
export async function metadataLeft(data: Buffer) {
  const metadata = await sharp(data).metadata();
  return {
    format: metadata.format,
    exif: Boolean(metadata.exif) || data.includes("Exif") || data.includes("EXIF"),
    xmp: Boolean(metadata.xmp) || data.includes("XMP") || data.includes("x:xmpmeta"),
    icc: Boolean(metadata.icc) || data.includes("ICCP"),
    // The GPS IFD pointer tag (0x8825), in either byte order.
    gps: data.includes(Buffer.from([0x88, 0x25])) || data.includes(Buffer.from([0x25, 0x88])),
  };
}
