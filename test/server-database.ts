import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { AppDatabase } from "#db/client";
import { sessions } from "#db/schema";
import type { Actor } from "#app/models/members/privileges.server";
import { copyPlacesDatabase } from "./databases";
import { memberFactory, placeByCode } from "./members";

/**
 * For tests of app/server modules that use the process-wide connection
 * (getDb): while the calling file's tests run, that connection is the file's
 * own copy of the places database. Import the modules under test in a later
 * beforeAll. Returns a getter for the copy.
 */
export function serverDatabaseForThisFile(): () => AppDatabase {
  const globals = globalThis as { __coupDeMainDb?: AppDatabase };
  const previous = globals.__coupDeMainDb;
  let db: AppDatabase | undefined;
  beforeAll(() => {
    db = copyPlacesDatabase();
    globals.__coupDeMainDb = db;
  });
  afterAll(() => {
    globals.__coupDeMainDb = previous;
    db?.$client.close();
  });
  return () => db!;
}

/** A new member of Donges with a real session row, as if they had signed in: its id. */
export function signedInMember(db: AppDatabase): { member: Actor; sessionId: string } {
  const member = memberFactory(db)(placeByCode(db, "44052").id);
  const sessionId = randomBytes(20).toString("hex");
  db.insert(sessions)
    .values({
      id: sessionId,
      userId: member.id,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      createdAt: new Date(),
      userAgent: "vitest",
    })
    .run();
  return { member, sessionId };
}
