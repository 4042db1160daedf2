import { and, gt, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { contentVersions, partnerships } from "#db/schema";
import { parisDay } from "#app/i18n/format";

/**
 * Which of these listings are partners at `at`: a partnership that has
 * started, not passed its last day (Paris calendar days, both included) and
 * not been ended before `at`. Here, on the database floor, because both the
 * models (pages, API) and the search documents ask it.
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

/**
 * Partnerships, partner pages and gallery photos change what a listing's
 * page and the directory show, but no trigger of migration 0013 watches
 * them: their writers raise the versions themselves, in their transaction
 * (ADR 022).
 */
export function listingShownChanged(db: AppDatabase, organisationId: number) {
  db.insert(contentVersions)
    .values([
      { key: `listing:${organisationId}`, version: 1 },
      { key: "directory", version: 1 },
    ])
    .onConflictDoUpdate({
      target: contentVersions.key,
      set: { version: sql`${contentVersions.version} + 1` },
    })
    .run();
}
