import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { eventRegistrations, events, organisations } from "#db/schema";
import { eventSlug, type EventCategory } from "#app/domain/events";
import { addDays, localAt } from "#app/domain/event-time";
import { renderMarkdown } from "#app/domain/markdown.server";

/**
 * The demo agenda: a weekly market in Donges, a monthly repair café at the
 * third place, and a vide-greniers in Lavau-sur-Loire with two places taken
 * and a neighbour waiting, so the agenda, the waiting list and the feeds
 * look alive from the first start.
 */
export function seedDemoEvents(
  db: AppDatabase,
  { now, members }: { now: Date; members: string[] },
) {
  const listing = (name: string) =>
    db
      .select({
        id: organisations.id,
        placeId: organisations.placeId,
        lat: organisations.lat,
        lng: organisations.lng,
      })
      .from(organisations)
      .where(eq(organisations.name, name))
      .get();
  const today = `${localAt(now).slice(0, 10)}T00:00`;
  const weekday = new Date(`${today.slice(0, 10)}T12:00:00Z`).getUTCDay();
  const saturday = addDays(today, (6 - weekday + 7) % 7 || 7);
  const at = (day: string, time: string) => `${day.slice(0, 10)}T${time}`;
  const add = (
    organiser: string,
    event: {
      title: string;
      category: EventCategory;
      description: string;
      venue: string;
      start: string;
      end: string;
      rrule?: string;
      capacity?: number;
      price?: string;
    },
  ) => {
    const host = listing(organiser);
    if (!host) return null;
    return db
      .insert(events)
      .values({
        title: event.title,
        slug: eventSlug(event.title),
        description: event.description,
        descriptionHtml: renderMarkdown(event.description),
        category: event.category,
        organisationId: host.id,
        placeId: host.placeId,
        lat: host.lat,
        lng: host.lng,
        venue: event.venue,
        startLocal: event.start,
        endLocal: event.end,
        rrule: event.rrule ?? null,
        capacity: event.capacity ?? null,
        price: event.price ?? null,
        accessibility: "Accès de plain-pied.",
      })
      .returning({ id: events.id })
      .get().id;
  };
  add("Mairie de Donges", {
    title: "Marché du samedi",
    category: "marche",
    description:
      "Producteurs du marais, fromages, poissons de l’estuaire. **Chaque samedi matin.**",
    venue: "Place de la mairie",
    start: at(saturday, "08:30"),
    end: at(saturday, "12:30"),
    rrule: "FREQ=WEEKLY;BYDAY=SA",
  });
  add("La Fabrique du Port", {
    title: "Repair café",
    category: "atelier",
    description:
      "Venez réparer grille-pain, vélos et vêtements avec les bénévoles. Apportez l’objet et ses pièces.",
    venue: "La Fabrique du Port",
    start: at(saturday, "14:00"),
    end: at(saturday, "17:30"),
    rrule: "FREQ=MONTHLY;BYDAY=+3SA",
  });
  const fair = add("Comité des fêtes de Lavau-sur-Loire", {
    title: "Vide-greniers des bords de Loire",
    category: "vide-greniers",
    description: "Emplacements de 3 m le long du quai. Inscription obligatoire pour exposer.",
    venue: "Quai de Lavau",
    start: at(addDays(saturday, 8), "08:00"),
    end: at(addDays(saturday, 8), "18:00"),
    capacity: 2,
    price: "5 € l’emplacement",
  });
  if (fair) {
    members.slice(0, 3).forEach((userId, index) => {
      db.insert(eventRegistrations)
        .values({
          eventId: fair,
          occurrence: at(addDays(saturday, 8), "08:00"),
          userId,
          status: index < 2 ? "going" : "waiting",
        })
        .run();
    });
  }
}
