import type { ImagePurpose } from "#app/domain/images";
import type { UploadForm } from "#app/server/uploads.server";
import type { Outcome } from "#app/models/refusals";
import type { NewImage } from "./images.server";
import { processImage } from "./pipeline.server";

/**
 * The photos of a form, processed and paired with their alt texts (`alts[i]`
 * for the i-th file), or the first reason one is refused: too many, one
 * without its description, one too large, not an image, too many pixels.
 */
export async function preparePhotos(
  upload: Pick<UploadForm, "files" | "tooManyFiles">,
  alts: (string | undefined)[],
  purpose: ImagePurpose = "post",
): Promise<Outcome<{ photos: NewImage[] }>> {
  if (upload.tooManyFiles) return { ok: false, refusal: { reason: "image-too-many" } };
  const missingAlt = purpose === "post" ? upload.files.findIndex((_, i) => !alts[i]?.trim()) : -1;
  if (missingAlt !== -1) {
    return { ok: false, refusal: { reason: "image-alt-missing", position: missingAlt + 1 } };
  }
  const photos: NewImage[] = [];
  for (const [i, file] of upload.files.entries()) {
    if (file.tooLarge)
      return { ok: false, refusal: { reason: "image-too-large", file: file.name } };
    const processed = await processImage(file, purpose);
    if (!processed.ok) return processed;
    photos.push({ image: processed.image, alt: alts[i]?.trim() ?? "" });
  }
  return { ok: true, photos };
}
