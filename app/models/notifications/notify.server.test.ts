import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import { notificationPreferences, notifications, users } from "#db/schema";
import { DEFAULT_EMAIL_DELIVERY, notify } from "./notify.server";
import { memberFactory, placeByCode } from "#test/members";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);

const rowsFor = (userId: string) =>
  db.select().from(notifications).where(eq(notifications.userId, userId)).all();

describe("notify", () => {
  it("records one notification per event, however often it is repeated", () => {
    const asker = member(DONGES);
    const answerer = member(DONGES);
    const event = {
      userId: asker.id,
      type: "answer-on-my-question" as const,
      dedupeKey: "answer:1",
      actorId: answerer.id,
    };
    expect(notify(db, event)).toEqual(expect.any(Number));
    expect(notify(db, event)).toBeNull();
    expect(rowsFor(asker.id)).toHaveLength(1);
  });

  it("never notifies members of their own actions, nor deleted members", () => {
    const camille = member(DONGES);
    expect(
      notify(db, { userId: camille.id, type: "mention", dedupeKey: "c:1", actorId: camille.id }),
    ).toBeNull();
    db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, camille.id)).run();
    expect(notify(db, { userId: camille.id, type: "mention", dedupeKey: "c:2" })).toBeNull();
    expect(rowsFor(camille.id)).toHaveLength(0);
  });

  it("fixes the email delivery from the member's choice, or the default", () => {
    const karim = member(DONGES);
    notify(db, { userId: karim.id, type: "followed-question", dedupeKey: "question:1" });
    db.insert(notificationPreferences)
      .values({ userId: karim.id, type: "followed-question", delivery: "never" })
      .run();
    notify(db, { userId: karim.id, type: "followed-question", dedupeKey: "question:2" });
    expect(rowsFor(karim.id).map((row) => row.emailDelivery)).toEqual([
      DEFAULT_EMAIL_DELIVERY["followed-question"],
      "never",
    ]);
  });
});
