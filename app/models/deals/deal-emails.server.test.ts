import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationClaims, organisations, partnerships, users } from "#db/schema";
import { eq } from "drizzle-orm";
import { startParsingSmtpServer, type ParsingSmtpServer } from "#test/smtp";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { createMailer, publicUrl, type Mailer } from "#app/server/mail.server";
import { sendDigests, sendImmediateEmails } from "#app/models/notifications/email-sender.server";
import { publishDeal } from "./deals.server";
import { followListing } from "./listing-follows.server";

const db = copyPlacesDatabase();
const donges = placeByCode(db, "44052");
const member = memberFactory(db);
let smtp: ParsingSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startParsingSmtpServer();
  mailer = createMailer({ smtpUrl: smtp.url, from: "Coup de main <ne-pas-repondre@x.test>", db });
});
afterAll(async () => {
  await smtp.close();
  db.$client.close();
});

describe("a followed listing's new bon plan", () => {
  it("reaches its followers in the daily digest, not at once, with its link", async () => {
    const at = new Date("2026-12-10T09:00:00Z");
    const listing = db
      .insert(organisations)
      .values({
        kind: "commerce",
        category: "boulangerie",
        name: "Fournil des Marais",
        slug: "fournil-des-marais",
        placeId: donges.id,
        lat: donges.lat,
        lng: donges.lng,
        approximate: true,
        source: "member",
      })
      .returning({ id: organisations.id })
      .get().id;
    const baker = member(donges.id);
    db.insert(organisationClaims)
      .values({ organisationId: listing, userId: baker.id, status: "approved", role: "gérant" })
      .run();
    db.insert(partnerships)
      .values({
        organisationId: listing,
        startsOn: "2026-12-01",
        endsOn: "2027-11-30",
        monthlyAmountCents: 3000,
      })
      .run();
    const follower = member(donges.id);
    followListing(db, follower.id, listing);
    const published = publishDeal(
      db,
      baker,
      listing,
      {
        title: "Le pain du jour à moitié prix après 18 h",
        body: "Tous les soirs.",
        validFrom: "2026-12-10",
        validUntil: "2026-12-31",
        quantity: null,
        code: null,
      },
      at,
    );
    if (!published.ok) throw new Error("not published");

    const email = db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, follower.id))
      .get()!.email!;
    const mailsToFollower = () =>
      smtp.received.filter((mail) => {
        const to = Array.isArray(mail.to) ? mail.to : [mail.to];
        return to.some((address) => address?.value.some((v) => v.address === email));
      });
    await sendImmediateEmails(db, { mailer, now: at });
    expect(mailsToFollower()).toHaveLength(0);
    const digest = await sendDigests(db, {
      mailer,
      now: new Date(at.getTime() + 3600_000),
      force: true,
    });
    expect(digest.sent).toBeGreaterThanOrEqual(1);
    const [mail] = mailsToFollower();
    expect(mail!.text).toContain(
      "Nouveau bon plan chez Fournil des Marais : « Le pain du jour à moitié prix après 18 h »",
    );
    expect(mail!.text).toContain(
      publicUrl(`/o/${listing}/fournil-des-marais#bon-plan-${published.dealId}`),
    );
  });
});
