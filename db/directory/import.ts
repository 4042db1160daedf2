import fs from "node:fs";
import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { silentProgress, type Progress } from "#db/progress";
import { organisations, places, type NewOrganisation } from "#db/schema";
import { haversineKm } from "#app/domain/geo";
import { renderMarkdown } from "#app/domain/markdown.server";
import { slugify } from "#app/domain/normalize";
import { categoryOfActivity } from "./activities";
import { readCsv, type CsvEncoding } from "./csv";
import { associationCategory, sensibleName } from "./names";
import { projectionOfCommune, toWgs84 } from "./projection";

export const SKIP_REASONS = [
  "dissolved",
  "inactive",
  "closed",
  "non-diffusible",
  "off-list-activity",
  "naf2025-only",
  "unknown-commune",
  "outside-departments",
  "no-public-name",
  "missing-id",
  "invalid-line",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type SourceReport = {
  file: string;
  encoding: CsvEncoding | null;
  /** Data lines read (the header excluded). */
  read: number;
  /** Listings created or refreshed. */
  written: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** The first skipped lines, to check by hand (lines outside the departments are not listed). */
  examples: Array<{ line: number; id: string; reason: SkipReason }>;
};

export type DirectoryImportReport = {
  rna?: SourceReport;
  sirene?: SourceReport;
  durationMs: number;
};

const BATCH_SIZE = 500;
const MAX_EXAMPLES = 50;
/** A SIRENE point further than this from its commune's centre is a geocoding slip: the centre is used. */
const MAX_POINT_DISTANCE_KM = 40;

type PlaceRow = { id: number; code: string; departmentCode: string; lat: number; lng: number };
type Field = (column: string) => string | undefined;
type Mapped = { row: NewOrganisation } | { skip: SkipReason; id: string };

/** Every place by INSEE code, and the arrondissements of Paris, Lyon and Marseille by city and postal code. */
function loadPlaces(db: AppDatabase) {
  const rows = db
    .select({
      id: places.id,
      code: places.code,
      parentCode: places.parentCode,
      departmentCode: places.departmentCode,
      postalCodes: places.postalCodes,
      lat: places.lat,
      lng: places.lng,
    })
    .from(places)
    .all();
  const byCode = new Map<string, PlaceRow>(rows.map((row) => [row.code, row]));
  const arrondissements = new Map<string, PlaceRow>();
  for (const row of rows) {
    if (!row.parentCode) continue;
    for (const postalCode of row.postalCodes.split(" ")) {
      arrondissements.set(`${row.parentCode}:${postalCode}`, row);
    }
  }
  /** The place of a commune code; a city's arrondissement when its postal code tells which. */
  return (communeCode: string, postalCode: string | undefined) => {
    const arrondissement = postalCode && arrondissements.get(`${communeCode}:${postalCode}`);
    return arrondissement || byCode.get(communeCode) || null;
  };
}

const present = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed && trimmed !== "[ND]" ? trimmed : undefined;
};

/** The RNA writes "no date" as an empty field or year 1. */
const isDate = (value: string | undefined) => Boolean(present(value) && !value!.startsWith("0001"));

function websiteUrl(raw: string | undefined) {
  const value = present(raw);
  if (!value) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "ACCUEIL ET LOISIRS POUR TOUS" → "Accueil et loisirs pour tous": purposes are sentences. */
function sentence(raw: string) {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text !== text.toLocaleUpperCase("fr")) return text;
  const lower = text.toLocaleLowerCase("fr");
  return lower.charAt(0).toLocaleUpperCase("fr") + lower.slice(1);
}

function withSlug(row: Omit<NewOrganisation, "slug">): NewOrganisation {
  return { ...row, slug: slugify(row.name).slice(0, 80).replace(/-+$/, "") || "fiche" };
}

type Context = {
  placeOf: ReturnType<typeof loadPlaces>;
  departments: Set<string> | null;
  columns: ReadonlySet<string>;
};

/** One line of the association register (RNA « waldec » file). */
function mapRna(field: Field, context: Context): Mapped {
  const id = present(field("id")) ?? "";
  if (!/^W\d{9}$/.test(id)) return { skip: "missing-id", id };
  if (field("position") === "D" || isDate(field("date_disso"))) return { skip: "dissolved", id };
  if (field("position") !== "A") return { skip: "inactive", id };
  const place = context.placeOf(
    field("adrs_codeinsee")?.trim() ?? "",
    present(field("adrs_codepostal")),
  );
  if (!place) return { skip: "unknown-commune", id };
  if (context.departments && !context.departments.has(place.departmentCode)) {
    return { skip: "outside-departments", id };
  }
  const title = present(field("titre"));
  if (!title) return { skip: "no-public-name", id };
  const name = sensibleName(title);
  const shortTitle = present(field("titre_court"));
  const alias = shortTitle ? sensibleName(shortTitle) : null;
  const purpose = present(field("objet")) ? sentence(field("objet")!) : null;
  // `publiweb`: the association agreed to have its details published on the web.
  const contactPublic = /^(1|o|oui|true)$/i.test(field("publiweb")?.trim() ?? "");
  return {
    row: withSlug({
      kind: "association",
      category: associationCategory(name, purpose ?? ""),
      name,
      alias: alias && alias !== name ? alias : null,
      description: purpose,
      descriptionHtml: purpose ? renderMarkdown(purpose) : null,
      placeId: place.id,
      // The register's address is often a member's home: only the commune is kept.
      lat: place.lat,
      lng: place.lng,
      approximate: true,
      address: null,
      postalCode: null,
      addressPublic: false,
      soleTrader: false,
      website: contactPublic ? websiteUrl(field("siteweb")) : null,
      contactPublic,
      source: "rna",
      rnaNumber: id,
    }),
  };
}

const STREET_TYPES: Record<string, string> = {
  AV: "avenue",
  BD: "boulevard",
  CHE: "chemin",
  CRS: "cours",
  IMP: "impasse",
  ALL: "allée",
  PL: "place",
  QUAI: "quai",
  RTE: "route",
  RUE: "rue",
  SQ: "square",
  PAS: "passage",
  LD: "lieu-dit",
  RES: "résidence",
};

function streetAddress(field: Field) {
  const type = present(field("typeVoieEtablissement"));
  const street = present(field("libelleVoieEtablissement"));
  if (!street) return null;
  const typeWord = type ? (STREET_TYPES[type] ?? type.toLowerCase()) : null;
  // Named together so "DU PORT" reads "du Port" after its street type: "rue du Port".
  const named = typeWord
    ? sensibleName(`${typeWord.toLocaleUpperCase("fr")} ${street}`).replace(/^\S+/, typeWord)
    : sensibleName(street);
  const parts = [
    present(field("numeroVoieEtablissement")),
    present(field("indiceRepetitionEtablissement"))?.toLowerCase(),
    named,
  ];
  return parts.filter(Boolean).join(" ");
}

/** One line of INSEE's establishment stock (SIRENE `StockEtablissement`). */
function mapSirene(field: Field, context: Context): Mapped {
  const id = present(field("siret")) ?? "";
  if (!/^\d{14}$/.test(id)) return { skip: "missing-id", id };
  if (field("etatAdministratifEtablissement") !== "A") return { skip: "closed", id };
  if (field("statutDiffusionEtablissement") !== "O") return { skip: "non-diffusible", id };
  const category = categoryOfActivity({
    rev2: present(field("activitePrincipaleEtablissement")) ?? null,
    naf2025: present(field("activitePrincipaleNAF25Etablissement")) ?? null,
  });
  if (category === "naf2025-only") return { skip: "naf2025-only", id };
  if (!category) return { skip: "off-list-activity", id };
  const communeCode = present(field("codeCommuneEtablissement")) ?? "";
  const place = context.placeOf(communeCode, present(field("codePostalEtablissement")));
  if (!place) return { skip: "unknown-commune", id };
  if (context.departments && !context.departments.has(place.departmentCode)) {
    return { skip: "outside-departments", id };
  }
  const rawName =
    present(field("enseigne1Etablissement")) ??
    present(field("denominationUsuelleEtablissement")) ??
    present(field("denominationUniteLegale"));
  if (!rawName) return { skip: "no-public-name", id };

  const projection = projectionOfCommune(place.code);
  const x = Number(present(field("coordonneeLambertAbscisseEtablissement")));
  const y = Number(present(field("coordonneeLambertOrdonneeEtablissement")));
  const converted =
    projection && present(field("coordonneeLambertAbscisseEtablissement"))
      ? toWgs84(projection, x, y)
      : null;
  const point =
    converted && haversineKm(converted, place) <= MAX_POINT_DISTANCE_KM ? converted : null;
  // The stock alone does not say whether the legal unit is a person: unless
  // the file carries the legal category, assume a sole trader (address hidden).
  const soleTrader = context.columns.has("categorieJuridiqueUniteLegale")
    ? field("categorieJuridiqueUniteLegale") === "1000"
    : true;
  return {
    row: withSlug({
      kind: "commerce",
      category,
      name: sensibleName(rawName),
      placeId: place.id,
      lat: point?.lat ?? place.lat,
      lng: point?.lng ?? place.lng,
      approximate: !point,
      address: streetAddress(field),
      postalCode: present(field("codePostalEtablissement")) ?? null,
      addressPublic: true,
      soleTrader,
      contactPublic: true,
      source: "sirene",
      siret: id,
    }),
  };
}

/** Upserts a batch; a claimed listing belongs to its managers and is left as they made it. */
function writeBatch(db: AppDatabase, rows: NewOrganisation[], key: "rnaNumber" | "siret") {
  if (rows.length === 0) return;
  const refreshed = [
    "kind",
    "category",
    "name",
    "alias",
    "slug",
    "description",
    "descriptionHtml",
    "placeId",
    "lat",
    "lng",
    "approximate",
    "address",
    "postalCode",
    "addressPublic",
    "soleTrader",
    "website",
    "contactPublic",
  ] as const;
  const set = Object.fromEntries(
    refreshed.map((column) => [column, sql.raw(`excluded.${organisations[column].name}`)]),
  );
  db.transaction((tx) => {
    tx.insert(organisations)
      .values(rows)
      .onConflictDoUpdate({
        target: organisations[key],
        set: { ...set, updatedAt: sql`(unixepoch())` },
        setWhere: sql`${organisations.claimedAt} IS NULL`,
      })
      .run();
  });
}

async function importSource(
  db: AppDatabase,
  file: string,
  source: "rna" | "sirene",
  context: Omit<Context, "columns">,
  progress: Progress,
): Promise<SourceReport> {
  const report: SourceReport = {
    file,
    encoding: null,
    read: 0,
    written: 0,
    skipped: {},
    examples: [],
  };
  const skip = (line: number, id: string, reason: SkipReason) => {
    report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
    if (reason !== "outside-departments" && report.examples.length < MAX_EXAMPLES) {
      report.examples.push({ line, id, reason });
    }
  };
  progress.step(
    source === "rna" ? "Associations (RNA), bytes" : "Establishments (SIRENE), bytes",
    fs.statSync(file).size,
  );
  let batch: NewOrganisation[] = [];
  const rows = readCsv(file, {
    // RNA files are ';'-separated with quoted fields; the SIRENE stock is ','-separated.
    delimiter: source === "rna" ? ";" : ",",
    onBytes: (read) => progress.update(read),
    onInvalidLine: (line) => {
      report.read += 1;
      skip(line, "", "invalid-line");
    },
  });
  for await (const { line, get, encoding, columns } of rows) {
    report.encoding = encoding;
    report.read += 1;
    const mapped =
      source === "rna"
        ? mapRna(get, { ...context, columns })
        : mapSirene(get, { ...context, columns });
    if ("skip" in mapped) {
      skip(line, mapped.id, mapped.skip);
      continue;
    }
    batch.push(mapped.row);
    if (batch.length >= BATCH_SIZE) {
      writeBatch(db, batch, source === "rna" ? "rnaNumber" : "siret");
      report.written += batch.length;
      batch = [];
    }
  }
  writeBatch(db, batch, source === "rna" ? "rnaNumber" : "siret");
  report.written += batch.length;
  progress.stop();
  return report;
}

/**
 * Seeds the directory from open data: the association register (RNA) and
 * INSEE's establishment stock (SIRENE), either or both, streamed. Idempotent:
 * listings are upserted by RNA number and SIRET. `departments` keeps only
 * listings of those departments ("44", "2A", "974").
 */
export async function importDirectory(
  db: AppDatabase,
  options: { rna?: string; sirene?: string; departments?: string[]; progress?: Progress },
): Promise<DirectoryImportReport> {
  const startedAt = Date.now();
  const progress = options.progress ?? silentProgress;
  const context = {
    placeOf: loadPlaces(db),
    departments: options.departments?.length ? new Set(options.departments) : null,
  };
  const report: DirectoryImportReport = { durationMs: 0 };
  if (options.rna) report.rna = await importSource(db, options.rna, "rna", context, progress);
  if (options.sirene) {
    report.sirene = await importSource(db, options.sirene, "sirene", context, progress);
  }
  report.durationMs = Date.now() - startedAt;
  return report;
}
