import { eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  deals,
  moderationActions,
  newsPosts,
  type notifications,
  organisations,
  questions,
  users,
} from "#db/schema";
import { organisationPath } from "#app/domain/directory";
import { parseListingItemKey } from "#app/models/deals/listing-follows.server";
import { type NotificationType } from "#app/domain/notifications";
import type { Translate } from "#app/i18n/i18n";
import type { Locale } from "#app/i18n/messages";
import { formatDay } from "#app/i18n/format";
import {
  MODERATION_RULES,
  type ModerationActionKind,
  type ModerationRule,
} from "#app/domain/moderation";
import { memberName } from "#app/domain/names";
import { questionPath } from "#app/models/questions/paths";
import { newsPath } from "#app/models/news/paths";

type NotificationRow = typeof notifications.$inferSelect;

/**
 * What a notification says and where it leads, resolved once so the
 * notifications page and the emails (immediate and digest) say the same thing.
 */
export type NotificationView = {
  id: number;
  type: NotificationType;
  createdAt: Date;
  read: boolean;
  /** Full name: only members read notifications, and members see each other's names. */
  actorName: string | null;
  actorDeleted: boolean;
  questionTitle: string | null;
  /** A path in the app (prefix it with `publicUrl` for emails). */
  path: string;
  moderation: {
    action: ModerationActionKind;
    rule: string;
    reason: string | null;
    suspendedUntil: Date | null;
  } | null;
  /** A followed listing's new item (ADR 024): the listing's name and the item's title. */
  listing: { name: string; itemTitle: string } | null;
};

/** Resolves notifications (of one member or several) with three queries, whatever their number. */
export function notificationViews(db: AppDatabase, rows: NotificationRow[]): NotificationView[] {
  const actorIds = unique(rows.map((row) => row.actorId));
  const questionIds = unique(rows.map((row) => row.questionId));
  const actionIds = unique(rows.map((row) => row.moderationActionId));
  const actors = new Map(
    actorIds.length === 0
      ? []
      : db
          .select({
            id: users.id,
            firstName: users.firstName,
            lastName: users.lastName,
            deletedAt: users.deletedAt,
          })
          .from(users)
          .where(inArray(users.id, actorIds))
          .all()
          .map((actor) => [actor.id, actor]),
  );
  const questionsById = new Map(
    questionIds.length === 0
      ? []
      : db
          .select({
            id: questions.id,
            slug: questions.slug,
            title: questions.title,
            deletedAt: questions.deletedAt,
          })
          .from(questions)
          .where(inArray(questions.id, questionIds))
          .all()
          .map((question) => [question.id, question]),
  );
  // A news post's key is "news:<id>" (ADR 027): its title stands where a question's would.
  const newsIds = unique(rows.map((row) => newsIdOf(row)));
  const newsById = new Map(
    newsIds.length === 0
      ? []
      : db
          .select({ id: newsPosts.id, slug: newsPosts.slug, title: newsPosts.title })
          .from(newsPosts)
          .where(inArray(newsPosts.id, newsIds))
          .all()
          .map((post) => [post.id, post]),
  );
  const actions = new Map(
    actionIds.length === 0
      ? []
      : db
          .select()
          .from(moderationActions)
          .where(inArray(moderationActions.id, actionIds))
          .all()
          .map((action) => [action.id, action]),
  );

  const listingItems = listingItemsOf(db, rows);
  return rows.map((row) => {
    const actor = row.actorId ? actors.get(row.actorId) : undefined;
    const news = newsById.get(newsIdOf(row) ?? NaN);
    const question = row.questionId ? questionsById.get(row.questionId) : undefined;
    const action = row.moderationActionId ? actions.get(row.moderationActionId) : undefined;
    return {
      id: row.id,
      type: row.type,
      createdAt: row.createdAt,
      read: row.readAt != null,
      actorName: actor && !actor.deletedAt ? memberName(actor, { full: true }) : null,
      actorDeleted: Boolean(actor?.deletedAt),
      questionTitle: news?.title ?? question?.title ?? null,
      path: news
        ? newsPath(news)
        : (listingItems.get(row.dedupeKey)?.path ?? notificationPath(row, question)),
      moderation: action
        ? {
            action: action.action,
            rule: action.rule,
            reason: action.reason,
            suspendedUntil: action.suspendedUntil,
          }
        : null,
      listing: listingItems.get(row.dedupeKey) ?? null,
    };
  });
}

/** The listings and items that `listing:…` keys name (one query a kind of item). */
function listingItemsOf(db: AppDatabase, rows: NotificationRow[]) {
  const keys = rows
    .map((row) => ({ key: row.dedupeKey, parsed: parseListingItemKey(row.dedupeKey) }))
    .filter((entry) => entry.parsed?.kind === "deal");
  const items = new Map<string, { name: string; itemTitle: string; path: string }>();
  if (keys.length === 0) return items;
  const found = db
    .select({
      id: deals.id,
      title: deals.title,
      name: organisations.name,
      slug: organisations.slug,
      organisationId: organisations.id,
    })
    .from(deals)
    .innerJoin(organisations, eq(organisations.id, deals.organisationId))
    .where(
      inArray(
        deals.id,
        keys.map((entry) => entry.parsed!.itemId),
      ),
    )
    .all();
  const byId = new Map(found.map((deal) => [deal.id, deal]));
  for (const { key, parsed } of keys) {
    const deal = byId.get(parsed!.itemId);
    if (!deal) continue;
    const path = `${organisationPath({ id: deal.organisationId, slug: deal.slug })}#bon-plan-${deal.id}`;
    items.set(key, { name: deal.name, itemTitle: deal.title, path });
  }
  return items;
}

function notificationPath(
  row: NotificationRow,
  question: { id: number; slug: string } | undefined,
): string {
  if (row.type === "vouch-request" && row.actorId) return `/m/${row.actorId}`;
  // The invitations page, where the inviter vouches for their neighbour in one tap.
  if (row.type === "invitation-accepted") return "/invitations";
  // A reviewed claim's key is "claim:<claim>:<listing>": approved, the listing's form; refused, the claim.
  if (row.type === "claim-approved" || row.type === "claim-refused") {
    const listingId = /^claim:\d+:(\d+)$/.exec(row.dedupeKey)?.[1];
    if (!listingId) return "/notifications";
    return `/o/${listingId}/${row.type === "claim-approved" ? "gerer" : "revendiquer"}`;
  }
  // An event's notification key is "event:<event>:<occurrence>…": the event's page.
  if (row.type.startsWith("event-")) {
    const match = /^event:(\d+):([0-9T:-]+)/.exec(row.dedupeKey);
    return match ? `/e/${match[1]}?date=${match[2]}` : "/notifications";
  }
  if (row.type === "message-received") {
    const conversationId = /^conversation:(\d+):/.exec(row.dedupeKey)?.[1];
    return conversationId ? `/messages/${conversationId}` : "/messages";
  }
  if (!question) return "/notifications";
  const anchor = row.answerId ? `#reponse-${row.answerId}` : "";
  return `${questionPath(question)}${anchor}`;
}

/** The sentence of a notification, in the reader's language. */
export function notificationSentence(t: Translate, locale: Locale, view: NotificationView): string {
  const actor =
    view.actorName ?? t(view.actorDeleted ? "notification.formerMember" : "notification.someone");
  const question = view.questionTitle ?? t("notification.deletedQuestion");
  if (view.type === "listing-deal") {
    return t("notification.listing-deal", {
      listing: view.listing?.name ?? t("notification.deletedListing"),
      title: view.listing?.itemTitle ?? "",
    });
  }
  if (view.type === "moderation-decision") {
    return t("notification.moderation-decision", {
      decision: moderationDecision(t, locale, view.moderation),
    });
  }
  return t(`notification.${view.type}`, { actor, question });
}

function moderationDecision(
  t: Translate,
  locale: Locale,
  moderation: NotificationView["moderation"],
): string {
  if (!moderation) return t("notification.moderation.restore");
  const rule = isModerationRule(moderation.rule)
    ? t(`moderation.rule.${moderation.rule}`)
    : moderation.rule;
  const until = moderation.suspendedUntil ? formatDay(locale, moderation.suspendedUntil) : "";
  const decision = t(`notification.moderation.${moderation.action}`, { rule, until });
  return moderation.reason ? `${decision} — ${moderation.reason}` : decision;
}

function isModerationRule(rule: string): rule is ModerationRule {
  return (MODERATION_RULES as readonly string[]).includes(rule);
}

function newsIdOf(row: NotificationRow) {
  if (row.type !== "news-published") return null;
  const id = /^news:(\d+)$/.exec(row.dedupeKey)?.[1];
  return id ? Number(id) : null;
}

function unique<T>(values: (T | null)[]): T[] {
  return [...new Set(values.filter((value): value is T => value != null))];
}
