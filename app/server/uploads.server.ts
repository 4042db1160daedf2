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

export type UploadForm = {
  /** The text fields, as `request.formData()` would give them. */
  formData: FormData;
  files: UploadedFile[];
  /** More files than allowed were sent: the extra ones were not kept. */
  tooManyFiles: boolean;
  /** Removes the temporary files: call it once the files are processed, whatever happened. */
  cleanup: () => void;
};

/** Text fields are a form's: a question of 10,000 characters is about 40 KB at worst. */
const FIELD_MAX_BYTES = 64 * 1024;
const FIELDS_MAX = 100;

/**
 * Reads a form that may carry photos (field `fileField`), streaming it with
 * busboy: each file goes to a temporary file and is cut at
 * IMAGE_MAX_BYTES, files past IMAGES_PER_POST_MAX are skipped unread, and
 * text fields are bounded; so nothing beyond the limits is ever buffered.
 * The front door already refused a body longer than the upload limit
 * (request-checks.server.ts). A form sent without files
 * (application/x-www-form-urlencoded, at most 1 MB) is read as usual.
 */
export async function readUploadForm(request: Request, fileField: string): Promise<UploadForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) {
    return { formData: await request.formData(), files: [], tooManyFiles: false, cleanup() {} };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-upload-"));
  const cleanup = () => fs.rmSync(folder, { recursive: true, force: true });
  const formData = new FormData();
  const files: UploadedFile[] = [];
  const writes: Promise<void>[] = [];
  let tooManyFiles = false;
  let badForm = false;
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
    writes.push(pipeline(stream, fs.createWriteStream(file.path)));
  });
  parser.on("partsLimit", () => (badForm = true));
  parser.on("fieldsLimit", () => (badForm = true));
  parser.on("filesLimit", () => (tooManyFiles = true));
  try {
    await pipeline(Readable.fromWeb(request.body as NodeWebStream<Uint8Array>), parser);
    await Promise.all(writes);
  } catch {
    cleanup();
    throw new Response("Malformed form", { status: 400 });
  }
  if (badForm) {
    cleanup();
    throw new Response("Form fields too large", { status: 413 });
  }
  // Keep nothing of a file cut short: it is refused, by name.
  for (const file of files) if (file.tooLarge) fs.rmSync(file.path, { force: true });
  return { formData, files, tooManyFiles, cleanup };
}
