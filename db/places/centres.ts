import { foldText } from "#app/domain/normalize";
import type { GeoNamesPoint, GeoNamesPoints, OfficialCommune, OfficialDepartment } from "./sources";
import { SUPPLEMENTARY_CENTRES } from "./supplement";

export type CoordinateSource =
  | "geonames"
  | "geonames-delegated"
  | "supplement"
  | "postal-code"
  | "epci"
  | "district"
  | "department";

export type LocatedPlace = {
  code: string;
  kind: "commune" | "arrondissement";
  name: string;
  parentCode: string | null;
  departmentCode: string;
  postalCodes: string[];
  population: number | null;
  /** The intercommunality (EPCI) and district (arrondissement départemental) it belongs to. */
  epciCode: string | null;
  districtCode: string | null;
  lat: number;
  lng: number;
  coordinateSource: CoordinateSource;
};

const PLACE_TYPES = new Set(["commune-actuelle", "arrondissement-municipal"]);

/** GeoNames feature codes, most "town centre"-like first; neighbourhoods (PPLX) last. */
const FEATURE_RANK = ["PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPL", "PPLL", "PPLX"];

function featureRank(featureCode: string) {
  const rank = FEATURE_RANK.indexOf(featureCode);
  return rank === -1 ? FEATURE_RANK.length : rank;
}

/**
 * Picks the point that best stands for a commune among those GeoNames files
 * under its INSEE code: the one named like the commune, then the most
 * administrative feature, then the most populous.
 */
export function bestPointFor(
  communeName: string,
  points: GeoNamesPoint[],
): GeoNamesPoint | undefined {
  const foldedName = foldText(communeName);
  return [...points].sort(
    (a, b) =>
      Number(foldText(b.name) === foldedName) - Number(foldText(a.name) === foldedName) ||
      featureRank(a.featureCode) - featureRank(b.featureCode) ||
      b.population - a.population,
  )[0];
}

/** The official "Lyon 3e Arrondissement" is "Lyon 03" in GeoNames. */
function arrondissementPoint(
  commune: OfficialCommune,
  cityName: string,
  pointsByCode: Map<string, GeoNamesPoint[]>,
): GeoNamesPoint | undefined {
  const number = commune.nom.match(/(\d+)(?:er|e)\b/)?.[1]?.padStart(2, "0");
  if (!number) return undefined;
  const wanted = foldText(`${cityName} ${number}`);
  return pointsByCode.get(commune.commune ?? "")?.find((point) => foldText(point.name) === wanted);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function average(points: { lat: number; lng: number }[]) {
  const lat = points.reduce((sum, point) => sum + point.lat, 0) / points.length;
  const lng = points.reduce((sum, point) => sum + point.lng, 0) / points.length;
  return { lat, lng };
}

/**
 * Gives every current commune and municipal arrondissement a centre:
 * its own GeoNames point (by INSEE code, or by name for the overseas points
 * GeoNames files without one); else the point of one of its delegated (former)
 * communes; else a supplementary centre (Paris arrondissements, uninhabited
 * lands); else the mean of the located places that share its postal code
 * (those of its intercommunality first), of its intercommunality (EPCI), or
 * of its district; else the department's chef-lieu.
 */
export function locatePlaces(
  communes: OfficialCommune[],
  departments: OfficialDepartment[],
  geoNames: GeoNamesPoints,
  epciByCommune: Map<string, string> = new Map(),
): LocatedPlace[] {
  const pointsByCode = geoNames.byInseeCode;
  const cityNames = new Map(
    communes.filter((c) => c.type === "commune-actuelle").map((c) => [c.code, c.nom]),
  );

  const delegatedPoints = new Map<string, GeoNamesPoint[]>();
  for (const commune of communes) {
    if (commune.type !== "commune-deleguee" && commune.type !== "commune-associee") continue;
    if (!commune.chefLieu) continue;
    const points = pointsByCode.get(commune.code) ?? [];
    const named = bestPointFor(commune.nom, points);
    if (!named) continue;
    const list = delegatedPoints.get(commune.chefLieu) ?? [];
    list.push(named);
    delegatedPoints.set(commune.chefLieu, list);
  }

  const placesToLocate = communes.filter((c) => PLACE_TYPES.has(c.type));
  const communesPerDepartment = new Map<string, number>();
  for (const place of placesToLocate) {
    communesPerDepartment.set(
      place.departement,
      (communesPerDepartment.get(place.departement) ?? 0) + 1,
    );
  }
  const uncodedPoint = (commune: OfficialCommune) => {
    const points = geoNames.uncodedByDepartment.get(commune.departement) ?? [];
    const foldedName = foldText(commune.nom);
    const named = points.filter((point) => foldText(point.name) === foldedName);
    // A collectivity that is a single commune (Saint-Barthélemy, Saint-Martin): its main town.
    const candidates = named.length
      ? named
      : communesPerDepartment.get(commune.departement) === 1
        ? points
        : [];
    return bestPointFor(commune.nom, candidates);
  };
  const located: LocatedPlace[] = [];
  const unlocated: Omit<LocatedPlace, "lat" | "lng" | "coordinateSource">[] = [];

  for (const commune of placesToLocate) {
    const isArrondissement = commune.type === "arrondissement-municipal";
    const base = {
      code: commune.code,
      kind: isArrondissement ? ("arrondissement" as const) : ("commune" as const),
      name: commune.nom,
      parentCode: isArrondissement ? (commune.commune ?? null) : null,
      departmentCode: commune.departement,
      postalCodes: commune.codesPostaux ?? [],
      population: commune.population ?? null,
      epciCode: epciByCommune.get(commune.code) ?? epciByCommune.get(commune.commune ?? "") ?? null,
      districtCode: commune.arrondissement ?? null,
    };
    if (isArrondissement) {
      const point = arrondissementPoint(
        commune,
        cityNames.get(commune.commune ?? "") ?? "",
        pointsByCode,
      );
      const supplement = SUPPLEMENTARY_CENTRES[commune.code];
      if (point)
        located.push({ ...base, lat: point.lat, lng: point.lng, coordinateSource: "geonames" });
      else if (supplement) located.push({ ...base, ...supplement, coordinateSource: "supplement" });
      else unlocated.push(base);
      continue;
    }
    const own =
      bestPointFor(commune.nom, pointsByCode.get(commune.code) ?? []) ?? uncodedPoint(commune);
    const delegated = delegatedPoints.get(commune.code);
    const supplement = SUPPLEMENTARY_CENTRES[commune.code];
    if (own) {
      located.push({ ...base, lat: own.lat, lng: own.lng, coordinateSource: "geonames" });
    } else if (delegated?.length) {
      const point = bestPointFor(commune.nom, delegated) ?? delegated[0]!;
      located.push({
        ...base,
        lat: point.lat,
        lng: point.lng,
        coordinateSource: "geonames-delegated",
      });
    } else if (supplement) {
      located.push({ ...base, ...supplement, coordinateSource: "supplement" });
    } else {
      unlocated.push(base);
    }
  }

  // Fallbacks, from the tightest group of located neighbours to the loosest.
  const anchors = [...located];
  const groupBy = (keysOf: (place: LocatedPlace) => (string | null)[]) => {
    const groups = new Map<string, LocatedPlace[]>();
    for (const place of anchors) {
      for (const key of keysOf(place)) if (key) pushTo(groups, key, place);
    }
    return groups;
  };
  const byPostalCode = groupBy((place) => place.postalCodes);
  const byEpci = groupBy((place) => [place.epciCode]);
  const byDistrict = groupBy((place) => [place.districtCode]);
  const byDepartment = groupBy((place) => [place.departmentCode]);
  const locatedByCode = new Map(anchors.map((place) => [place.code, place]));
  const departmentCentre = (departmentCode: string) => {
    const chefLieu = departments.find((d) => d.code === departmentCode)?.chefLieu;
    const chefLieuPlace = chefLieu ? locatedByCode.get(chefLieu) : undefined;
    if (chefLieuPlace) return { lat: chefLieuPlace.lat, lng: chefLieuPlace.lng };
    const inDepartment = byDepartment.get(departmentCode);
    return inDepartment?.length ? average(inDepartment) : undefined;
  };

  for (const place of unlocated) {
    const samePostalCode = [
      ...new Set(place.postalCodes.flatMap((postalCode) => byPostalCode.get(postalCode) ?? [])),
    ];
    const sameEpci = (place.epciCode && byEpci.get(place.epciCode)) || [];
    const groups: [LocatedPlace[], CoordinateSource][] = [
      [samePostalCode.filter((other) => sameEpci.includes(other)), "postal-code"],
      [samePostalCode, "postal-code"],
      [sameEpci, "epci"],
      [(place.districtCode && byDistrict.get(place.districtCode)) || [], "district"],
    ];
    const [group, source] = groups.find(([members]) => members.length > 0) ?? [[], "department"];
    const centre = group.length ? average(group) : departmentCentre(place.departmentCode);
    if (!centre) {
      throw new Error(
        `No way to place ${place.name} (${place.code}): department ${place.departmentCode} has no located commune`,
      );
    }
    located.push({ ...place, ...centre, coordinateSource: source });
  }

  return located;
}
