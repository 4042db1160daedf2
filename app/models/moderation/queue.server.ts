import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { flags, places } from "#db/schema";
import type {
  FlagReason,
  FlagTarget,
  ModerationDecision,
  ModerationState,
} from "#app/domain/moderation";
import type { Actor } from "#app/models/members/privileges.server";
import { moderatedPlaces } from "#app/models/members/staff-roles.server";
import { decisionsAllowed } from "./decisions.server";
import { describeTarget, roleOnTarget, targetContext } from "./targets.server";

export type QueueItem = {
  targetType: FlagTarget;
  targetId: string;
  place: { id: number; name: string; slug: string } | null;
  /** Title or excerpt, never hidden from moderators. */
  title: string;
  excerpt: string;
  /** The author's (or the member's) full name: moderators know who they judge. */
  authorName: string | null;
  href: string | null;
  state: ModerationState | null;
  removed: boolean;
  locked: boolean;
  totalWeight: number;
  reasons: { reason: FlagReason; count: number }[];
  /** The texts of « autre » reports, without who wrote them. */
  otherTexts: string[];
  firstFlaggedAt: Date;
  decisions: ModerationDecision[];
};

/**
 * The moderation queue: every target with open flags in the places `actor`
 * looks after (all places for admins and global moderators), hidden ones
 * first, then by weight. Flaggers are never named.
 */
export function moderationQueue(
  db: AppDatabase,
  actor: Actor,
  options: { placeId?: number | null } = {},
): QueueItem[] {
  const scope = moderatedPlaces(db, actor);
  const placeIds = scope.places.map((place) => place.id);
  if (!scope.global && placeIds.length === 0) return [];
  const filters = [isNull(flags.resolvedAt)];
  if (options.placeId != null) filters.push(eq(flags.placeId, options.placeId));
  if (!scope.global) filters.push(inArray(flags.placeId, placeIds));
  const open = db
    .select({
      targetType: flags.targetType,
      targetId: flags.targetId,
      placeId: flags.placeId,
      reason: flags.reason,
      details: flags.details,
      weight: flags.weight,
      createdAt: flags.createdAt,
    })
    .from(flags)
    .where(and(...filters))
    .orderBy(asc(flags.createdAt), asc(flags.id))
    .all();
  const groups = new Map<string, typeof open>();
  for (const flag of open) {
    const key = `${flag.targetType}:${flag.targetId}`;
    groups.set(key, [...(groups.get(key) ?? []), flag]);
  }
  const items: QueueItem[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const context = targetContext(db, first.targetType, first.targetId);
    if (!context) continue;
    const staff = roleOnTarget(db, actor, context);
    if (!staff) continue;
    const reasonCounts = new Map<FlagReason, number>();
    for (const flag of group)
      reasonCounts.set(flag.reason, (reasonCounts.get(flag.reason) ?? 0) + 1);
    const placeId = context.placeIds.find((id) => id != null) ?? first.placeId;
    items.push({
      targetType: first.targetType,
      targetId: first.targetId,
      place: placeId != null ? (placeById(db, placeId) ?? null) : null,
      ...describeTarget(db, first.targetType, first.targetId),
      state: context.state,
      removed: context.removed,
      locked: context.locked,
      totalWeight: group.reduce((total, flag) => total + flag.weight, 0),
      reasons: [...reasonCounts].map(([reason, count]) => ({ reason, count })),
      otherTexts: group.flatMap((flag) => (flag.details ? [flag.details] : [])),
      firstFlaggedAt: first.createdAt,
      decisions: decisionsAllowed(staff.role, first.targetType),
    });
  }
  return items.sort(
    (a, b) =>
      Number(b.state === "pending-review") - Number(a.state === "pending-review") ||
      b.totalWeight - a.totalWeight ||
      a.firstFlaggedAt.getTime() - b.firstFlaggedAt.getTime(),
  );
}

function placeById(db: AppDatabase, id: number) {
  return db
    .select({ id: places.id, name: places.name, slug: places.slug })
    .from(places)
    .where(eq(places.id, id))
    .get();
}
