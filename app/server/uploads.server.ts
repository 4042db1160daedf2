import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { IMAGE_MAX_BYTES, IMAGES_PER_POST_MAX } from "#app/domain/images";
import { getEnv, uploadsDirectory } from "./env.server";

/** The uploads folder of this server (UPLOADS_DIR, or `uploads` beside the database). */
export function getUploadsDir() {
  return uploadsDirectory(getEnv());
}

/** A file as it came in: streamed to a temporary file, never held in memory. */
export type UploadedFile = {
  /** Its name on the sender's machine, to name it in an error (never trusted for its type). */
  name: string;
  path: string;
  size: number;
  /** Longer than the limit: the rest was thrown away as it arrived. */
  tooLarge: boolean;
};

/** The files of a multipart action (app/server/actions.server.ts), on disk until the action ends. */
export type Uploads = {
  files: UploadedFile[];
  /** More files than allowed were sent: the extra ones were not kept. */
  tooManyFiles: boolean;
};

export type UploadForm = Uploads & {
  /** The text fields, as `request.formData()` would give them. */
  formData: FormData;
  /** Removes the temporary files: call it once the files are processed, whatever happened. */
  cleanup: () => void;
};

/** A multipart body busboy could not read, or whose fields went past their bounds: a 400. */
export class BrokenUpload extends Error {}

/** Whether the request's body is multipart, the only one that can carry files. */
export function isMultipart(request: Request) {
  const contentType = request.headers.get("content-type") ?? "";
  return /^multipart\/form-data\s*;/i.test(contentType) && request.body !== null;
}

/** Text fields are a form's: a question of 10,000 characters is about 40 KB at worst. */
const FIELD_MAX_BYTES = 64 * 1024;
const FIELDS_MAX = 100;

/**
 * Reads a form that may carry photos (field `fileField`), streaming it with
 * busboy: each file goes to a temporary file and is cut at
 * IMAGE_MAX_BYTES, files past IMAGES_PER_POST_MAX are skipped unread, and
 * text fields are bounded; so nothing beyond the limits is ever buffered.
 * The front door already refused a body longer than the upload limit
 * (request-checks.server.ts). Only for a multipart body (`isMultipart`):
 * defineAction reads any other as usual. A body busboy cannot read, or
 * with fields past their bounds, throws BrokenUpload (its temporary files
 * already removed).
 */
export async function readUploadForm(request: Request, fileField: string): Promise<UploadForm> {
  const contentType = request.headers.get("content-type") ?? "";
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-upload-"));
  const cleanup = () => fs.rmSync(folder, { recursive: true, force: true });
  const formData = new FormData();
  const files: UploadedFile[] = [];
  const writes: Promise<void>[] = [];
  let tooManyFiles = false;
  let badForm = false;
  try {
    // busboy throws at once on a type without a boundary: inside the try, as a broken body.
    const parser = busboy({
      headers: { "content-type": contentType },
      limits: {
        fileSize: IMAGE_MAX_BYTES,
        fieldSize: FIELD_MAX_BYTES,
        fields: FIELDS_MAX,
        parts: FIELDS_MAX + IMAGES_PER_POST_MAX * 2,
      },
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) badForm = true;
      else formData.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      // A file input left empty still sends a part, with no name and no bytes.
      if (name !== fileField || !info.filename) {
        stream.resume();
        return;
      }
      if (files.length >= IMAGES_PER_POST_MAX) {
        tooManyFiles = true;
        stream.resume();
        return;
      }
      const file: UploadedFile = {
        name: info.filename.slice(0, 200),
        path: path.join(folder, String(files.length)),
        size: 0,
        tooLarge: false,
      };
      files.push(file);
      stream.on("data", (chunk: Buffer) => (file.size += chunk.length));
      stream.on("limit", () => (file.tooLarge = true));
      // Caught at once (a write may fail while the body is still coming), looked at below.
      writes.push(
        pipeline(stream, fs.createWriteStream(file.path)).catch(() => {
          badForm = true;
        }),
      );
    });
    parser.on("partsLimit", () => (badForm = true));
    parser.on("fieldsLimit", () => (badForm = true));
    parser.on("filesLimit", () => (tooManyFiles = true));
    await pipeline(Readable.fromWeb(request.body as NodeWebStream<Uint8Array>), parser);
    await Promise.all(writes);
  } catch {
    // The files' writes end with the body (their failures are caught above).
    cleanup();
    throw new BrokenUpload("Malformed multipart body");
  }
  if (badForm) {
    cleanup();
    throw new BrokenUpload("Form fields past their bounds");
  }
  // Keep nothing of a file cut short: it is refused, by name.
  for (const file of files) if (file.tooLarge) fs.rmSync(file.path, { force: true });
  return { formData, files, tooManyFiles, cleanup };
}
