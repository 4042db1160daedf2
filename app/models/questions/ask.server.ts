import { and, eq, gt, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places, postRevisions, questions, questionTags } from "#db/schema";
import { haversineKm, type Point } from "#app/domain/geo";
import { renderMarkdown } from "#app/domain/markdown.server";
import {
  ASK_PLACE_RADIUS_KM,
  DOUBLE_SUBMIT_WINDOW_MS,
  SHARED_POSITION_GRID_DEGREES,
  type Category,
  type QuestionKind,
} from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import { privilegeRefusal, type Actor } from "#app/models/members/privileges.server";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import { onQuestionAsked } from "#app/models/notifications/events.server";
import { neighbouringPlaces } from "#app/models/places/places.server";
import { refused, type Outcome } from "#app/models/refusals";
import { questionSlug } from "./paths";

/**
 * A position the member chose to share, snapped to a grid of about 500 m
 * (the longitude step widens with latitude so cells stay roughly square), so
 * the stored point never reveals a home address.
 */
export function roundSharedPosition(position: Point): Point {
  const latStep = SHARED_POSITION_GRID_DEGREES;
  const lngStep = SHARED_POSITION_GRID_DEGREES / Math.cos((position.lat * Math.PI) / 180);
  const snap = (value: number, step: number) => Math.round(value / step) * step;
  return {
    lat: Number(snap(position.lat, latStep).toFixed(5)),
    lng: Number(snap(position.lng, lngStep).toFixed(5)),
  };
}

export type NewQuestion = {
  authorId: string;
  placeId: number;
  kind: QuestionKind;
  category: Category;
  title: string;
  body: string;
  tags: string[];
  neededBy?: string | null;
  /** The asker's position, if they chose to share it; rounded before it is stored. */
  position?: Point | null;
  createdAt?: Date;
};

/** Writes a question, its tags and its first revision, without privilege checks (import, seed). */
export function insertQuestion({ db, search }: Store, input: NewQuestion) {
  return db.transaction(() => {
    const place = db
      .select({ lat: places.lat, lng: places.lng })
      .from(places)
      .where(eq(places.id, input.placeId))
      .get();
    if (!place) throw new Error(`Unknown place ${input.placeId}`);
    const point = input.position ? roundSharedPosition(input.position) : place;
    const createdAt = input.createdAt ?? new Date();
    const question = db
      .insert(questions)
      .values({
        authorId: input.authorId,
        placeId: input.placeId,
        kind: input.kind,
        category: input.category,
        title: input.title,
        slug: questionSlug(input.title),
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        lat: point.lat,
        lng: point.lng,
        positionShared: Boolean(input.position),
        neededBy: input.kind === "help" ? (input.neededBy ?? null) : null,
        createdAt,
        lastActivityAt: createdAt,
      })
      .returning({ id: questions.id, slug: questions.slug })
      .get();
    if (input.tags.length) {
      db.insert(questionTags)
        .values(input.tags.map((tag) => ({ questionId: question.id, tag })))
        .run();
    }
    db.insert(postRevisions)
      .values({
        postType: "question",
        postId: question.id,
        revision: 1,
        title: input.title,
        body: input.body,
        category: input.category,
        tags: input.tags.join(" "),
        editorId: input.authorId,
        createdAt,
      })
      .run();
    search.questionChanged(db, question.id);
    return question;
  });
}

/** A member asks: checks the privilege and that the place is theirs or near it. */
export function askQuestion(
  { db, search }: Store,
  actor: Actor,
  input: Omit<NewQuestion, "authorId" | "createdAt">,
): Outcome<{ id: number; slug: string }> {
  const refusal =
    privilegeRefusal(actor, "ask") ??
    newMemberRefusal(db, actor.id, "question", `${input.title}\n${input.body}`);
  if (refusal) return refused(refusal);
  if (!isPlaceWithinReach(db, actor.homePlaceId, input.placeId)) {
    return refused({ reason: "place-too-far" });
  }
  if (input.position) {
    const place = db.select().from(places).where(eq(places.id, input.placeId)).get();
    if (!place || haversineKm(place, input.position) > ASK_PLACE_RADIUS_KM) {
      return refused({ reason: "place-too-far" });
    }
  }
  const duplicate = db
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(
      and(
        eq(questions.authorId, actor.id),
        eq(questions.title, input.title),
        eq(questions.body, input.body),
        isNull(questions.deletedAt),
        gt(questions.createdAt, new Date(Date.now() - DOUBLE_SUBMIT_WINDOW_MS)),
      ),
    )
    .get();
  if (duplicate) return { ok: true, ...duplicate };
  return db.transaction(() => {
    const question = insertQuestion({ db, search }, { ...input, authorId: actor.id });
    onQuestionAsked(db, question.id, input.body);
    return { ok: true as const, ...question };
  });
}

function isPlaceWithinReach(db: AppDatabase, homePlaceId: number | null, placeId: number) {
  if (homePlaceId == null) return false;
  if (homePlaceId === placeId) return true;
  const [home, target] = [homePlaceId, placeId].map((id) =>
    db.select({ lat: places.lat, lng: places.lng }).from(places).where(eq(places.id, id)).get(),
  );
  return Boolean(home && target && haversineKm(home, target) <= ASK_PLACE_RADIUS_KM);
}

/**
 * The places a member may ask in, for the ask form: their home place first,
 * then the neighbouring places by distance.
 */
export function askablePlaces(db: AppDatabase, homePlaceId: number) {
  const home = db.select().from(places).where(eq(places.id, homePlaceId)).get();
  if (!home) return [];
  return [
    { code: home.code, name: home.name, distanceKm: 0 },
    ...neighbouringPlaces(db, home, ASK_PLACE_RADIUS_KM)
      .slice(0, 40)
      .map((place) => ({ code: place.code, name: place.name, distanceKm: place.distanceKm })),
  ];
}
