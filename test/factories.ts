import type { AppDatabase } from "#db/client";
import { departments, placePostalCodes, places, type NewPlace } from "#db/schema";
import { foldText, slugify } from "#app/domain/normalize";

/**
 * Factories for rows that tests and the demo seed need, with sensible
 * defaults and unique values, so a test states only what it cares about.
 */
let sequence = 0;
const next = () => ++sequence;

export function insertDepartment(
  db: AppDatabase,
  overrides: Partial<typeof departments.$inferInsert> = {},
) {
  const n = next();
  const row = { code: `T${n}`, name: `Département test ${n}`, regionCode: null, ...overrides };
  db.insert(departments).values(row).onConflictDoNothing().run();
  return row;
}

export function insertPlace(
  db: AppDatabase,
  overrides: Partial<Omit<NewPlace, "postalCodes">> & { postalCodes?: string[] } = {},
) {
  const n = next();
  const name = overrides.name ?? `Village ${n}`;
  const postalCodes = overrides.postalCodes ?? [String(90000 + n).slice(0, 5)];
  const departmentCode = overrides.departmentCode ?? insertDepartment(db).code;
  const row = db
    .insert(places)
    .values({
      code: `X${String(n).padStart(4, "0")}`,
      kind: "commune",
      searchName: foldText(name),
      slug: `${slugify(name)}-${postalCodes[0] ?? n}`,
      population: 1000,
      lat: 47,
      lng: -2,
      approximate: false,
      coordinateSource: "geonames",
      ...overrides,
      name,
      departmentCode,
      postalCodes: postalCodes.join(" "),
    })
    .returning()
    .get();
  if (postalCodes.length) {
    db.insert(placePostalCodes)
      .values(postalCodes.map((postalCode) => ({ postalCode, placeId: row.id })))
      .run();
  }
  return row;
}
