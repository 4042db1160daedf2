import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalogueChunks } from "./catalogue-chunks.server";

describe("readCatalogueChunks", () => {
  it("finds each language's catalogue chunk in the client build's manifest", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-manifest-"));
    const manifest = path.join(folder, "client-manifest.json");
    fs.writeFileSync(
      manifest,
      JSON.stringify({
        "app/entry.client.tsx": { file: "assets/entry.client-A1.js", isEntry: true },
        "app/i18n/catalogue.fr.ts": { file: "assets/catalogue.fr-B2.js", isDynamicEntry: true },
        "app/i18n/catalogue.en.ts": { file: "assets/catalogue.en-C3.js", isDynamicEntry: true },
      }),
    );
    expect(readCatalogueChunks(manifest)).toEqual({
      fr: "/assets/catalogue.fr-B2.js",
      en: "/assets/catalogue.en-C3.js",
    });
    expect(readCatalogueChunks(path.join(folder, "absent.json"))).toEqual({});
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
