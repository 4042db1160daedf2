import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { IMAGE_MAX_PIXELS } from "#app/domain/images";
import { metadataLeft, photoWithGps } from "#test/images";
import { questionsTestbed } from "#test/questions";
import { imageFilePath } from "./files.server";
import {
  attachPostImages,
  avatarsOf,
  discardMemberImages,
  discardPostImages,
  imageAudience,
  postImages,
  setAvatar,
} from "./images.server";
import { processImage, widthsFor } from "./pipeline.server";

const { db, member, ask } = questionsTestbed();
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const store = { db, uploadsDir };

async function processed(file: string, purpose: "post" | "avatar" = "post") {
  const outcome = await processImage({ path: file, name: path.basename(file) }, purpose);
  if (!outcome.ok) throw new Error(outcome.refusal.reason);
  return outcome.image;
}

function written(dir: string, name: string, data: Buffer | string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

describe("processImage", () => {
  it("turns a phone photo upright and re-encodes it to WebP at three widths, without EXIF or GPS", async () => {
    const { file, data } = await photoWithGps();
    expect(await metadataLeft(data)).toMatchObject({ format: "jpeg", exif: true, gps: true });
    const image = await processed(file);
    // Orientation 6: the 1600 × 1200 picture stands upright, 1200 wide.
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 427],
      [640, 853],
      [1200, 1600],
    ]);
    expect(image.key).toMatch(/^[0-9a-f]{32}$/);
    for (const variant of image.variants) {
      expect(await metadataLeft(variant.data)).toEqual({
        format: "webp",
        exif: false,
        xmp: false,
        icc: false,
        gps: false,
      });
    }
  });

  it("tells the type by content: a script named .jpg, an SVG or a PDF is refused", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bad-"));
    const cases = [
      written(dir, "photo.jpg", "<script>alert(1)</script>"),
      written(
        dir,
        "dessin.png",
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>',
      ),
      written(dir, "scan.jpg", "%PDF-1.4\n%âãÏÓ\n"),
      // A JPEG's first bytes with nothing after them.
      written(dir, "coupe.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
    ];
    for (const file of cases) {
      expect(await processImage({ path: file, name: path.basename(file) }, "post")).toEqual({
        ok: false,
        refusal: { reason: "image-type", file: path.basename(file) },
      });
    }
  });

  it("refuses a picture over 40 megapixels from its header, before decoding it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "huge-"));
    // 8000 × 6000 = 48 MP of one colour: a small PNG file that would take 144 MB decoded.
    const data = await sharp({
      create: { width: 8000, height: 6000, channels: 3, background: "#fff" },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(8000 * 6000).toBeGreaterThan(IMAGE_MAX_PIXELS);
    const file = written(dir, "immense.png", data);
    expect(await processImage({ path: file, name: "immense.png" }, "post")).toMatchObject({
      ok: false,
      refusal: { reason: "image-too-many-pixels" },
    });
  });

  it("writes no width larger than the picture", () => {
    expect(widthsFor(200, "post")).toEqual([200]);
    expect(widthsFor(900, "post")).toEqual([320, 640, 900]);
    expect(widthsFor(4000, "post")).toEqual([320, 640, 1280]);
  });
});

describe("post images", () => {
  it("are attached in order, served while the post is visible, and gone with it, files and all", async () => {
    const author = member(1);
    const question = ask(author.id, undefined, "Chat tigré perdu rue de la Gare");
    const { file } = await photoWithGps();
    const image = await processed(file);
    attachPostImages(store, { type: "question", id: question.id, ownerId: author.id }, [
      { image, alt: "Un chat tigré roux" },
    ]);
    const [row] = postImages(db, { type: "question", ids: [question.id] }).get(question.id)!;
    expect(row).toMatchObject({ alt: "Un chat tigré roux", widths: "320 640 1200", position: 0 });
    const files = [320, 640, 1200].map((w) => imageFilePath(uploadsDir, image.key, w));
    expect(files.every((f) => fs.existsSync(f))).toBe(true);
    expect(imageAudience(db, image.key, 640)).toEqual({ audience: "public" });
    expect(imageAudience(db, image.key, 999)).toBeNull();

    discardPostImages(store, { type: "question", id: question.id });
    expect(files.some((f) => fs.existsSync(f))).toBe(false);
    expect(imageAudience(db, image.key, 640)).toBeNull();
  });

  it("keeps the files while another row names the same picture", async () => {
    const author = member(1);
    const first = ask(author.id, undefined, "Perdu : chat tigré, quartier du port");
    const second = ask(author.id, undefined, "Toujours perdu : chat tigré du port");
    const image = await processed((await photoWithGps()).file);
    for (const id of [first.id, second.id]) {
      attachPostImages(store, { type: "question", id, ownerId: author.id }, [
        { image, alt: "Chat" },
      ]);
    }
    discardPostImages(store, { type: "question", id: first.id });
    expect(fs.existsSync(imageFilePath(uploadsDir, image.key, 640))).toBe(true);
    discardPostImages(store, { type: "question", id: second.id });
    expect(fs.existsSync(imageFilePath(uploadsDir, image.key, 640))).toBe(false);
  });

  it("a member's photo replaces the previous one, and everything goes with the account", async () => {
    const owner = member(1);
    const first = await processed((await photoWithGps({ width: 500, height: 500 })).file, "avatar");
    setAvatar(store, owner.id, first);
    const second = await processed(
      (await photoWithGps({ width: 600, height: 400 })).file,
      "avatar",
    );
    setAvatar(store, owner.id, second);
    expect(avatarsOf(db, [owner.id]).get(owner.id)).toMatchObject({ key: second.key });
    expect(fs.existsSync(imageFilePath(uploadsDir, first.key, 64))).toBe(false);
    discardMemberImages(store, owner.id);
    expect(avatarsOf(db, [owner.id]).size).toBe(0);
    expect(fs.existsSync(imageFilePath(uploadsDir, second.key, 64))).toBe(false);
  });
});
