import { eq } from "drizzle-orm";
import { followHome } from "#app/models/notifications/follows.server";
import { createInvitation } from "#app/models/invitations/invitations.server";
import {
  neighbourVerifications,
  notifications,
  places,
  roleGrants,
  users,
  vouches,
} from "#db/schema";
import { DEMO_EXTRA_MEMBERS, DEMO_QUESTIONS } from "./content";
import { seedDemoQuestions } from "./questions.server";
import { seedDemoClaims, seedDemoDirectory, seedDemoRecommendations } from "./directory.server";
import { seedDemoDeals } from "./deals.server";
import { seedDemoEvents } from "./events.server";
import type { Store } from "#app/server/search.server";

/** Every demo member signs in with this password (listed in the README). */
export const DEMO_PASSWORD = "voisins-demo-2026";

type DemoMember = {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  placeCode: string;
  badgeStyle: "feminine" | "masculine" | "neutral";
  emailVerified: boolean;
  isAdmin?: boolean;
};

const MEMBERS: DemoMember[] = [
  {
    key: "admin",
    firstName: "Claire",
    lastName: "Moreau",
    email: "admin@coupdemain.local",
    placeCode: "44052",
    badgeStyle: "feminine",
    emailVerified: true,
    isAdmin: true,
  },
  {
    key: "camille",
    firstName: "Camille",
    lastName: "Durand",
    email: "camille@coupdemain.local",
    placeCode: "44052",
    badgeStyle: "feminine",
    emailVerified: true,
  },
  {
    key: "karim",
    firstName: "Karim",
    lastName: "Benali",
    email: "karim@coupdemain.local",
    placeCode: "44052",
    badgeStyle: "masculine",
    emailVerified: true,
  },
  {
    key: "julie",
    firstName: "Julie",
    lastName: "Lefèvre",
    email: "julie@coupdemain.local",
    placeCode: "44103",
    badgeStyle: "feminine",
    emailVerified: true,
  },
  {
    key: "thomas",
    firstName: "Thomas",
    lastName: "Garnier",
    email: "thomas@coupdemain.local",
    placeCode: "44080",
    badgeStyle: "masculine",
    emailVerified: true,
  },
  {
    key: "amina",
    firstName: "Amina",
    lastName: "Diallo",
    email: "amina@coupdemain.local",
    placeCode: "33063",
    badgeStyle: "feminine",
    emailVerified: true,
  },
  {
    key: "louis",
    firstName: "Louis",
    lastName: "Fabre",
    email: "louis@coupdemain.local",
    placeCode: "75111",
    badgeStyle: "neutral",
    emailVerified: false,
  },
];

/** The neighbours who wrote most of the demo content, all with a confirmed email. */
const EXTRA_MEMBERS: DemoMember[] = DEMO_EXTRA_MEMBERS.map((member) => ({
  key: member.key,
  firstName: member.firstName,
  lastName: member.lastName,
  email: `${member.key}@coupdemain.local`,
  placeCode: member.placeCode,
  badgeStyle: member.badgeStyle,
  emailVerified: true,
}));

/**
 * The demo data set, loaded into an empty database (unless SEED_DEMO=0): a
 * few members in several places, verified or not, one admin who is also the
 * ambassador of Donges, more neighbours, and the questions and answers they
 * wrote over the last months (dated back from `now`).
 */
export async function seedDemoData(
  { db, search }: Store,
  hashPassword: (password: string) => Promise<string>,
  { now = new Date() }: { now?: Date } = {},
) {
  if (db.select({ id: users.id }).from(users).limit(1).get()) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const placeId = (code: string) =>
    db.select({ id: places.id }).from(places).where(eq(places.code, code)).get()?.id;
  // Members joined before the oldest demo question, whenever the seed runs.
  const oldestQuestion = Math.max(...DEMO_QUESTIONS.map((question) => question.daysAgo));
  const joinedAt = new Date(
    Math.min(Date.parse("2026-01-15T10:00:00Z"), now.getTime() - (oldestQuestion + 7) * 86_400_000),
  );
  const ids = new Map<string, string>();
  db.transaction((tx) => {
    for (const member of [...MEMBERS, ...EXTRA_MEMBERS]) {
      const id = `demo-${member.key}`;
      ids.set(member.key, id);
      tx.insert(users)
        .values({
          id,
          email: member.email,
          emailVerifiedAt: member.emailVerified ? joinedAt : null,
          firstName: member.firstName,
          lastName: member.lastName,
          passwordHash,
          homePlaceId: placeId(member.placeCode),
          locale: "fr",
          badgeStyle: member.badgeStyle,
          isAdmin: member.isAdmin ?? false,
          createdAt: joinedAt,
        })
        .run();
    }
    const donges = placeId("44052")!;
    const admin = ids.get("admin")!;
    tx.insert(roleGrants)
      .values({ userId: admin, role: "ambassador", placeId: donges, grantedById: admin })
      .run();
    // The admin, as ambassador, verified two Donges neighbours; they vouched for a third.
    for (const key of ["admin", "camille", "karim"]) {
      tx.insert(neighbourVerifications)
        .values({ userId: ids.get(key)!, placeId: donges, method: "staff", verifiedById: admin })
        .run();
    }
    tx.insert(vouches)
      .values([
        {
          voucherId: ids.get("camille")!,
          voucheeId: ids.get("julie")!,
          placeId: placeId("44103")!,
        },
        { voucherId: ids.get("karim")!, voucheeId: ids.get("julie")!, placeId: placeId("44103")! },
      ])
      .run();
    tx.insert(neighbourVerifications)
      .values({ userId: ids.get("julie")!, placeId: placeId("44103")!, method: "vouches" })
      .run();
    tx.insert(neighbourVerifications)
      .values({ userId: ids.get("amina")!, placeId: placeId("33063")!, method: "code" })
      .run();
    for (const member of DEMO_EXTRA_MEMBERS.filter((extra) => extra.verified)) {
      tx.insert(neighbourVerifications)
        .values({
          userId: ids.get(member.key)!,
          placeId: placeId(member.placeCode)!,
          method: "staff",
          verifiedById: admin,
          createdAt: joinedAt,
        })
        .run();
    }
    // Inside the members' transaction: a failed seed leaves the database empty, to retry.
    seedDemoQuestions({ db, search }, { now });
    seedDemoDirectory({ db, search }, { now });
    seedDemoRecommendations({ db, search });
    seedDemoClaims(
      { db, search },
      {
        now,
        baker: ids.get("karim")!,
        waiting: ids.get("camille")!,
        ambassador: admin,
      },
    );
    seedDemoDeals(db, {
      now,
      ambassador: admin,
      baker: ids.get("karim")!,
      takers: [ids.get("camille")!, ids.get("julie")!],
    });
    seedDemoEvents(db, {
      now,
      members: ["karim", "julie", "camille"].map((key) => ids.get(key)!),
    });
    // The seed replays history through the app's own actions, which notify as
    // they would for real. The bells keep those notifications, but history is
    // not news: none of it is emailed, at once or in a digest.
    db.update(notifications).set({ emailDelivery: "never" }).run();
    // Like every member, they follow their home from now on (after the history: no bell for it),
    // and Camille has an invitation link ready for a neighbour.
    for (const id of ids.values()) followHome(db, id);
    createInvitation(db, ids.get("camille")!, now);
  });
  return true;
}
