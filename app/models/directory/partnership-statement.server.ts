import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import type { AppDatabase } from "#db/client";
import { organisations, partnerships, places, roleGrants, users } from "#db/schema";
import { parisDay } from "#app/i18n/format";
import {
  addDays,
  centsToDecimal,
  daysBetween,
  monthBounds,
  RENEWAL_NOTICE_DAYS,
} from "#app/domain/partners";
import { claimsToReview } from "./claims.server";

/*
 * What ambassadors follow: their places' listings and partners, the
 * partnerships due for renewal, and the monthly statement their share is
 * computed from (a CSV, ADR 020). Admins see every place and ambassador.
 */

type Member = { id: string; isAdmin: boolean };

/** The places whose partnerships `actor` follows; null: all of them (an admin). */
function ambassadorPlaceIds(db: AppDatabase, actor: Member) {
  if (actor.isAdmin) return null;
  return db
    .select({ placeId: roleGrants.placeId })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, actor.id),
        eq(roleGrants.role, "ambassador"),
        isNotNull(roleGrants.placeId),
      ),
    )
    .all()
    .map((grant) => grant.placeId!);
}

const partnershipColumns = {
  id: partnerships.id,
  organisationId: partnerships.organisationId,
  startsOn: partnerships.startsOn,
  endsOn: partnerships.endsOn,
  monthlyAmountCents: partnerships.monthlyAmountCents,
  endedAt: partnerships.endedAt,
  listing: { id: organisations.id, name: organisations.name, slug: organisations.slug },
  placeName: places.name,
  ambassador: { firstName: users.firstName, lastName: users.lastName },
};

/**
 * Partnerships due for renewal in `actor`'s places: not ended early, no
 * later partnership of the listing, and a last day within 30 days or past.
 * Soonest (or longest overdue) first.
 */
export function renewalsDue(db: AppDatabase, actor: Member, at = new Date(), limit = 100) {
  const placeIds = ambassadorPlaceIds(db, actor);
  if (placeIds && placeIds.length === 0) return [];
  const horizon = addDays(parisDay(at), RENEWAL_NOTICE_DAYS);
  return db
    .select(partnershipColumns)
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .innerJoin(places, eq(places.id, organisations.placeId))
    .leftJoin(users, eq(users.id, partnerships.ambassadorId))
    .where(
      and(
        isNull(partnerships.endedAt),
        lte(partnerships.endsOn, horizon),
        placeIds ? inArray(organisations.placeId, placeIds) : undefined,
        // No renewal: no later partnership of the same listing ("partnerships" is the outer row).
        sql`not exists (select 1 from ${partnerships} as later where later.organisation_id = ${partnerships.organisationId} and later.starts_on > ${partnerships.endsOn})`,
      ),
    )
    .orderBy(asc(partnerships.endsOn))
    .limit(limit)
    .all();
}

/** The partnerships running today in `actor`'s places, by listing name. */
export function runningPartnerships(db: AppDatabase, actor: Member, at = new Date()) {
  const placeIds = ambassadorPlaceIds(db, actor);
  if (placeIds && placeIds.length === 0) return [];
  const today = parisDay(at);
  return db
    .select(partnershipColumns)
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .innerJoin(places, eq(places.id, organisations.placeId))
    .leftJoin(users, eq(users.id, partnerships.ambassadorId))
    .where(
      and(
        lte(partnerships.startsOn, today),
        gte(partnerships.endsOn, today),
        isNull(partnerships.endedAt),
        placeIds ? inArray(organisations.placeId, placeIds) : undefined,
      ),
    )
    .orderBy(asc(organisations.name))
    .all();
}

/** The managed (claimed) listings of `actor`'s places, most recently claimed first. */
export function claimedListingsOfPlaces(db: AppDatabase, actor: Member, limit = 50) {
  const placeIds = ambassadorPlaceIds(db, actor);
  if (placeIds && placeIds.length === 0) return [];
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      placeName: places.name,
    })
    .from(organisations)
    .innerJoin(places, eq(places.id, organisations.placeId))
    .where(
      and(
        isNotNull(organisations.claimedAt),
        placeIds ? inArray(organisations.placeId, placeIds) : undefined,
      ),
    )
    .orderBy(desc(organisations.claimedAt))
    .limit(limit)
    .all();
}

export type StatementRow = {
  partnershipId: number;
  listing: string;
  commune: string;
  startsOn: string;
  /** The last day, or the day it was ended early. */
  endsOn: string;
  daysActive: number;
  monthlyAmountCents: number;
  amountDueCents: number;
  ambassador: string;
};

/**
 * One row per partnership active in `month` (`YYYY-MM`): the days it ran in
 * the month (a partnership ended early runs until the Paris day it was
 * ended, that day included) and the monthly amount prorated by them,
 * rounded to the cent. An ambassador gets the partnerships they follow; an
 * admin, everyone's.
 */
export function monthlyStatement(db: AppDatabase, actor: Member, month: string): StatementRow[] {
  const { first, last } = monthBounds(month);
  const monthDays = daysBetween(first, last);
  const rows = db
    .select({
      ...partnershipColumns,
      ambassador: { id: users.id, firstName: users.firstName, lastName: users.lastName },
    })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .innerJoin(places, eq(places.id, organisations.placeId))
    .leftJoin(users, eq(users.id, partnerships.ambassadorId))
    .where(
      and(
        lte(partnerships.startsOn, last),
        gte(partnerships.endsOn, first),
        actor.isAdmin ? undefined : eq(partnerships.ambassadorId, actor.id),
      ),
    )
    .orderBy(asc(places.name), asc(organisations.name), asc(partnerships.startsOn))
    .all();
  return rows.flatMap((row) => {
    const endsOn = row.endedAt ? [row.endsOn, parisDay(row.endedAt)].sort()[0]! : row.endsOn;
    const from = row.startsOn > first ? row.startsOn : first;
    const to = endsOn < last ? endsOn : last;
    const daysActive = daysBetween(from, to);
    if (daysActive === 0) return [];
    return [
      {
        partnershipId: row.id,
        listing: row.listing.name,
        commune: row.placeName,
        startsOn: row.startsOn,
        endsOn,
        daysActive,
        monthlyAmountCents: row.monthlyAmountCents,
        amountDueCents: Math.round((row.monthlyAmountCents * daysActive) / monthDays),
        ambassador: row.ambassador?.firstName
          ? `${row.ambassador.firstName} ${row.ambassador.lastName ?? ""}`.trim()
          : "",
      },
    ];
  });
}

/** Everything /ambassadeur shows above the verification codes, ready for the page. */
export function ambassadorOverview(db: AppDatabase, actor: Member, at = new Date()) {
  const line = (row: ReturnType<typeof renewalsDue>[number]) => ({
    id: row.id,
    endsOn: row.endsOn,
    monthlyAmountCents: row.monthlyAmountCents,
    listing: row.listing,
    placeName: row.placeName,
  });
  return {
    renewals: renewalsDue(db, actor, at).map(line),
    partners: runningPartnerships(db, actor, at).map(line),
    listings: claimedListingsOfPlaces(db, actor),
    pendingClaims: claimsToReview(db, actor).pending.length,
    month: parisDay(at).slice(0, 7),
  };
}

/**
 * The statement as CSV for machines (spreadsheets, accounting): ISO days,
 * euros with a dot, a header row, RFC 4180 quoting by csv-stringify.
 */
export function statementCsv(rows: StatementRow[]) {
  return stringify(
    rows.map((row) => [
      row.partnershipId,
      row.listing,
      row.commune,
      row.startsOn,
      row.endsOn,
      row.daysActive,
      centsToDecimal(row.monthlyAmountCents),
      centsToDecimal(row.amountDueCents),
      row.ambassador,
    ]),
    {
      header: true,
      columns: [
        "partenariat",
        "fiche",
        "commune",
        "premier_jour",
        "dernier_jour",
        "jours_actifs",
        "montant_mensuel_eur",
        "montant_du_eur",
        "ambassadeur",
      ],
      record_delimiter: "unix",
    },
  );
}
