/**
 * Listings enter search as the directory import writes them (ADR 021): the
 * command hands the import the search writer, called in each batch's
 * transaction. Here with the official-format fixture files.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { importDirectory } from "#db/directory/import";
import { copyPlacesDatabase } from "#test/databases";
import { createEmbeddedEngine } from "./embedded/engine";
import { embeddedWriter } from "./embedded/writer";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../test/fixtures/directory",
);

describe("listings imported from open data", () => {
  const db = copyPlacesDatabase();
  afterAll(() => db.$client.close());
  const engine = createEmbeddedEngine(db);
  const donges = db.$client.prepare("SELECT lat, lng FROM places WHERE code = '44052'").get() as {
    lat: number;
    lng: number;
  };

  it("are searchable once imported, and once only after a second import", async () => {
    const options = {
      rna: path.join(fixtures, "rna_waldec_extrait.csv"),
      sirene: path.join(fixtures, "StockEtablissement_extrait.csv"),
      written: embeddedWriter.organisationsChanged,
    };
    await importDirectory(db, options);
    const near = { ...donges, radiusKm: 10 };
    const result = await engine.search({ text: "boulangrie", near });
    expect(result.hits.map((hit) => [hit.type, hit.title])).toEqual([
      ["organisation", "Au Fournil de Donges"],
    ]);
    await importDirectory(db, options);
    expect((await engine.search({ text: "boulangrie", near })).total).toBe(1);
    // Every listing written is indexed.
    const listings = await engine.search({ text: "", types: ["organisation"] });
    const count = db.$client.prepare("SELECT count(*) FROM organisations").pluck().get();
    expect(listings.total).toBe(count);
  });
});
