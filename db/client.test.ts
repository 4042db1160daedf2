import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { places } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";

describe("the statement cache Drizzle runs through", () => {
  const db = copyPlacesDatabase();
  const byCode = (code: string) =>
    db.select({ name: places.name }).from(places).where(eq(places.code, code)).get();

  it("compiles a query's SQL once, whatever its parameters", () => {
    byCode("44052");
    const prepare = vi.spyOn(db.$client, "prepare");
    expect(byCode("44052")?.name).toBe("Donges");
    expect(byCode("33063")?.name).toBe("Bordeaux");
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
  });

  it("gives rows as objects again after Drizzle read the same statement as raw rows", () => {
    const query = db.select({ name: places.name }).from(places).where(eq(places.code, "44052"));
    expect(query.get()).toEqual({ name: "Donges" });
    const { sql: text } = query.toSQL();
    expect(text.endsWith("?")).toBe(true);
    // The very same SQL text as plain SQL, for which Drizzle asks for objects.
    const prepare = vi.spyOn(db.$client, "prepare");
    expect(db.get(sql`${sql.raw(text.slice(0, -1))}${"44052"}`)).toEqual({ name: "Donges" });
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
  });

  it("keeps working after the schema changes under a cached statement", () => {
    expect(byCode("44052")?.name).toBe("Donges");
    db.$client.exec("ALTER TABLE places ADD COLUMN nickname text");
    expect(byCode("44052")?.name).toBe("Donges");
  });
});
