import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { dealClaims, deals, organisationFollows, organisations, partnerships } from "#db/schema";
import { renderMarkdown } from "#app/domain/markdown.server";
import { parisDay } from "#app/i18n/format";

/*
 * Two partner merchants of the demo (ADR 024): the Donges bakery and the
 * Montoir butcher's, each with a bon plan; the bakery's has a quantity, a
 * few already taken, and neighbours follow it.
 */

const DAY = 86_400_000;

export function seedDemoDeals(
  db: AppDatabase,
  {
    now,
    ambassador,
    baker,
    takers,
  }: { now: Date; ambassador: string; baker: string; takers: string[] },
) {
  const idOf = (siret: string) =>
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.siret, siret))
      .get()?.id;
  const bakery = idOf("81234567800012");
  const butcher = idOf("83456789100016");
  const day = (offset: number) => parisDay(new Date(now.getTime() + offset * DAY));
  for (const organisationId of [bakery, butcher]) {
    if (organisationId == null) continue;
    db.insert(partnerships)
      .values({
        organisationId,
        startsOn: day(-40),
        endsOn: day(325),
        monthlyAmountCents: 3000,
        ambassadorId: ambassador,
        recordedById: ambassador,
        createdAt: new Date(now.getTime() - 40 * DAY),
      })
      .run();
  }
  if (bakery != null) {
    const body =
      "Pour **deux baguettes** achetées, un croissant ou un pain au chocolat offert. Du mardi au dimanche, jusqu’à épuisement.";
    const quantity = 30;
    const deal = db
      .insert(deals)
      .values({
        organisationId: bakery,
        title: "Une viennoiserie offerte pour deux baguettes",
        body,
        bodyHtml: renderMarkdown(body),
        validFrom: day(-3),
        validUntil: day(25),
        quantity,
        remaining: quantity - takers.length,
        code: "VOISINS-DONGES",
        authorId: baker,
        createdAt: new Date(now.getTime() - 3 * DAY),
      })
      .returning({ id: deals.id })
      .get();
    for (const userId of takers) {
      db.insert(dealClaims).values({ dealId: deal.id, userId }).run();
      db.insert(organisationFollows).values({ userId, organisationId: bakery }).run();
    }
  }
  if (butcher != null) {
    const body =
      "10 % de remise sur les colis de viande du Marais (bœuf et porc de Loire-Atlantique), sur présentation du code en boutique.";
    db.insert(deals)
      .values({
        organisationId: butcher,
        title: "−10 % sur les colis du Marais",
        body,
        bodyHtml: renderMarkdown(body),
        validFrom: day(-1),
        validUntil: day(45),
        code: "MARAIS10",
        createdAt: new Date(now.getTime() - DAY),
      })
      .run();
  }
}
