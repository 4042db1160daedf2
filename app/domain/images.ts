/**
 * The limits and sizes of uploaded images (ADR 018). Browser-safe: the
 * forms show the limits, the server enforces them.
 */

/** Photos on one question or answer. */
export const IMAGES_PER_POST_MAX = 4;
/** One file, as sent. */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** Width × height, checked from the header before any pixel is decoded. */
export const IMAGE_MAX_PIXELS = 40_000_000;
/** What the alt text of a photo may hold. */
export const IMAGE_ALT_MAX = 200;

/** The widths each image is re-encoded to (never wider than the original). */
export const IMAGE_WIDTHS = {
  post: [320, 640, 1280],
  avatar: [64, 128, 256],
} as const;

export type ImagePurpose = keyof typeof IMAGE_WIDTHS;

/** Where a stored file is served: content-hashed, so it may be cached for good. */
export function imageUrl(key: string, width: number) {
  return `/images/${key}-${width}.webp`;
}

/** What a page needs to show an image: `srcset` over every width, its size to reserve the space. */
export type ShownImage = {
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
};

export function shownImage(image: {
  key: string;
  widths: string;
  width: number;
  height: number;
  alt: string;
}): ShownImage {
  const widths = image.widths.split(" ").map(Number);
  return {
    src: imageUrl(image.key, widths[Math.min(1, widths.length - 1)]!),
    srcSet: widths.map((width) => `${imageUrl(image.key, width)} ${width}w`).join(", "),
    width: image.width,
    height: image.height,
    alt: image.alt,
  };
}

/** The file names the server answers: `<key>-<width>.webp`. */
export const IMAGE_FILE_NAME = /^([0-9a-f]{32})-(\d{2,4})\.webp$/;
