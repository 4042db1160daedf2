import { and, gt, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { partnerships } from "#db/schema";
import { parisDay } from "#app/i18n/format";

/**
 * Which of these listings are partners at `at`: a partnership that has
 * started, not passed its last day and not been ended before `at`.
 */
export function partnerIds(db: AppDatabase, organisationIds: readonly number[], at = new Date()) {
  if (organisationIds.length === 0) return new Set<number>();
  const today = parisDay(at);
  const rows = db
    .selectDistinct({ id: partnerships.organisationId })
    .from(partnerships)
    .where(
      and(
        inArray(partnerships.organisationId, [...organisationIds]),
        lte(partnerships.startsOn, today),
        gte(partnerships.endsOn, today),
        or(isNull(partnerships.endedAt), gt(partnerships.endedAt, at)),
      ),
    )
    .all();
  return new Set(rows.map((row) => row.id));
}

export function isPartner(db: AppDatabase, organisationId: number, at = new Date()) {
  return partnerIds(db, [organisationId], at).has(organisationId);
}
