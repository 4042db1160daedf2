import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/*
 * Places people live in: communes and arrondissements, their departments and postal codes.
 */

/**
 * French departments (and overseas collectivities), so a place page can say
 * "Loire-Atlantique (44)" without shipping the whole data package to the app.
 */
export const departments = sqliteTable("departments", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  regionCode: text("region_code"),
});

/**
 * A place people live in: a current commune, or a municipal arrondissement of
 * Paris, Lyon or Marseille. `id` is an integer so the R*Tree index
 * (`places_rtree`, created in a custom migration) can point at it; `code` is
 * the INSEE code that outside systems know.
 */
export const places = sqliteTable(
  "places",
  {
    id: integer("id").primaryKey(),
    code: text("code").notNull().unique(),
    kind: text("kind", { enum: ["commune", "arrondissement"] }).notNull(),
    name: text("name").notNull(),
    /** Lowercase, accents and punctuation folded: what name searches match against. */
    searchName: text("search_name").notNull(),
    slug: text("slug").notNull().unique(),
    /** For arrondissements, the INSEE code of their city (75056, 69123, 13055). */
    parentCode: text("parent_code"),
    departmentCode: text("department_code")
      .notNull()
      .references(() => departments.code),
    /** Postal codes, space separated, in the source order (the first one is the main one). */
    postalCodes: text("postal_codes").notNull(),
    population: integer("population"),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    /** True when the centre was derived (postal code, department, supplement), not a GeoNames point. */
    approximate: integer("approximate", { mode: "boolean" }).notNull(),
    coordinateSource: text("coordinate_source", {
      enum: [
        "geonames",
        "geonames-delegated",
        "supplement",
        "postal-code",
        "epci",
        "district",
        "department",
      ],
    }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [
    index("places_search_name_idx").on(table.searchName),
    index("places_department_idx").on(table.departmentCode),
  ],
);

/** One row per (place, postal code), so a postal-code prefix search is an index range scan. */
export const placePostalCodes = sqliteTable(
  "place_postal_codes",
  {
    postalCode: text("postal_code").notNull(),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.postalCode, table.placeId] })],
);

export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;
