import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { eventRegistrations, notifications, organisationClaims, organisations } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { createEvent, changeOccurrence, setEventStatus, type EventInput } from "./events.server";
import { listOccurrences } from "./occurrences.server";
import {
  cancelRegistration,
  register,
  registrationList,
  registrationSummary,
} from "./registrations.server";
import { calendarOf } from "./ical.server";

const db = copyPlacesDatabase();
const member = memberFactory(db);
const donges = placeByCode(db, "44052");
const lavau = placeByCode(db, "44080");
afterAll(() => db.$client.close());

const now = new Date("2026-10-01T08:00:00Z");

function input(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: "Vide-greniers du port",
    description: "Stands le long du quai, buvette.",
    category: "vide-greniers",
    organisationId: null,
    placeId: lavau.id,
    venue: "Quai de Lavau",
    startLocal: "2026-10-31T09:00",
    endLocal: "2026-10-31T17:00",
    allDay: false,
    rrule: null,
    exdates: [],
    price: null,
    accessibility: null,
    capacity: null,
    ...overrides,
  };
}

function association() {
  const id = db
    .insert(organisations)
    .values({
      kind: "association",
      category: "vie-locale",
      name: "Comité des fêtes de Lavau",
      slug: "comite-des-fetes-de-lavau",
      placeId: lavau.id,
      lat: lavau.lat + 0.001,
      lng: lavau.lng,
      approximate: false,
      addressPublic: true,
      source: "member",
      claimedAt: new Date(),
    })
    .returning({ id: organisations.id })
    .get().id;
  const manager = member(lavau.id);
  db.insert(organisationClaims)
    .values({ organisationId: id, userId: manager.id, status: "approved", role: "président" })
    .run();
  return { id, manager };
}

describe("publishing events", () => {
  it("lets a listing's managers publish for it, and verified neighbours for their commune", () => {
    const { id, manager } = association();
    const stranger = member(donges.id);
    const unverified = member(donges.id, { verifiedNeighbour: false });
    expect(createEvent(db, stranger, input({ organisationId: id }))).toMatchObject({
      ok: false,
      refusal: { reason: "event-organiser-only" },
    });
    expect(createEvent(db, unverified, input())).toMatchObject({ ok: false });
    expect(createEvent(db, manager, input({ organisationId: id }))).toMatchObject({ ok: true });
    expect(createEvent(db, stranger, input({ placeId: donges.id }))).toMatchObject({ ok: true });
    expect(createEvent(db, manager, input({ rrule: "FREQ=SOMETIMES" }))).toMatchObject({
      ok: false,
      refusal: { reason: "event-bad-rrule" },
    });
  });
});

describe("the agenda and its iCalendar feed", () => {
  it("keeps a weekly 10:00 market at 10:00 local across the end of summer time, in the parsed feed", () => {
    const author = member(lavau.id);
    const created = createEvent(
      db,
      author,
      input({
        title: "Marché du samedi",
        category: "marche",
        startLocal: "2026-10-17T10:00",
        endLocal: "2026-10-17T12:30",
        rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=6",
        exdates: ["2026-11-14T10:00"],
      }),
    );
    if (!created.ok) throw new Error("not created");
    expect(
      changeOccurrence(db, author, created.id, "2026-11-07T10:00", { status: "cancelled" }).ok,
    ).toBe(true);
    const items = listOccurrences(db, {
      from: now,
      to: new Date("2027-01-01T00:00:00Z"),
      centre: donges,
      radiusKm: 10,
      eventIds: [created.id],
    });
    expect(items.map((item) => item.occurrence.key)).toEqual([
      "2026-10-17T10:00",
      "2026-10-24T10:00",
      "2026-10-31T10:00",
      "2026-11-07T10:00",
      "2026-11-21T10:00",
    ]);
    const feed = ICAL.Component.fromString(
      calendarOf(items, { name: "Agenda", origin: "https://x.fr", now }),
    );
    expect(feed.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
    expect(feed.getFirstSubcomponent("vtimezone")).not.toBeNull();
    ICAL.TimezoneService.register(feed.getFirstSubcomponent("vtimezone")!);
    const vevents = feed.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(vevents.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      "2026-10-17T08:00:00.000Z",
      "2026-10-24T08:00:00.000Z",
      "2026-10-31T09:00:00.000Z",
      "2026-11-07T09:00:00.000Z",
      "2026-11-21T09:00:00.000Z",
    ]);
    expect(vevents.map((event) => `${event.startDate.hour}:${event.startDate.minute}`)).toEqual(
      Array(5).fill("10:0"),
    );
    const cancelled = feed.getAllSubcomponents("vevent")[3]!;
    expect(cancelled.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.getFirstPropertyValue("sequence")).toBe(1);
    expect(new Set(vevents.map((event) => event.uid)).size).toBe(5);
  });
});

describe("registration and the waiting list", () => {
  function fullEvent(capacity: number) {
    const author = member(lavau.id);
    const created = createEvent(db, author, input({ capacity }));
    if (!created.ok) throw new Error("not created");
    return { id: created.id, author };
  }
  const occurrence = "2026-10-31T09:00";

  it("queues members once full, in order, and gives a freed place to the first, told at once", () => {
    const { id } = fullEvent(2);
    const [a, b, c, d] = [1, 2, 3, 4].map(() => member(donges.id));
    expect(register(db, a!.id, id, occurrence, "going", now)).toMatchObject({ status: "going" });
    expect(register(db, b!.id, id, occurrence, "going", now)).toMatchObject({ status: "going" });
    expect(register(db, c!.id, id, occurrence, "going", now)).toMatchObject({ status: "waiting" });
    expect(register(db, d!.id, id, occurrence, "going", now)).toMatchObject({ status: "waiting" });
    expect(registrationSummary(db, { id, capacity: 2 }, occurrence, d!.id)).toMatchObject({
      going: 2,
      waiting: 2,
      remaining: 0,
      mine: { status: "waiting", position: 2 },
    });
    expect(cancelRegistration(db, a!.id, id, occurrence)).toEqual({ ok: true, promoted: [c!.id] });
    expect(registrationList(db, id, occurrence).map((row) => [row.userId, row.status])).toEqual([
      [b!.id, "going"],
      [c!.id, "going"],
      [d!.id, "waiting"],
    ]);
    const told = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, c!.id), eq(notifications.type, "event-place-confirmed")))
      .get();
    expect(told?.emailDelivery).toBe("immediate");
    // A waiting member who leaves frees no place.
    expect(cancelRegistration(db, d!.id, id, occurrence)).toEqual({ ok: true, promoted: [] });
  });

  it("refuses an unknown, a past or a cancelled occurrence, and tells those registered of a cancellation", () => {
    const { id, author } = fullEvent(5);
    const a = member(donges.id);
    expect(register(db, a.id, id, "2026-10-30T09:00", "going", now)).toMatchObject({
      refusal: { reason: "event-occurrence-unknown" },
    });
    expect(
      register(db, a.id, id, occurrence, "going", new Date("2026-11-02T00:00:00Z")),
    ).toMatchObject({ refusal: { reason: "event-closed" } });
    expect(register(db, a.id, id, occurrence, "interested", now).ok).toBe(true);
    expect(setEventStatus(db, author, id, "cancelled").ok).toBe(true);
    expect(
      db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, a.id), eq(notifications.type, "event-cancelled")))
        .all(),
    ).toHaveLength(1);
    expect(register(db, member(donges.id).id, id, occurrence, "going", now)).toMatchObject({
      refusal: { reason: "event-closed" },
    });
  });

  it("promotes exactly as many as places freed, in order, when members cancel at the same time from several processes", async () => {
    const { id } = fullEvent(4);
    const going = [1, 2, 3, 4].map(() => member(donges.id));
    const waiting = [1, 2, 3, 4, 5, 6].map(() => member(donges.id));
    for (const m of [...going, ...waiting]) register(db, m.id, id, occurrence, "going", now);
    const script = fileURLToPath(new URL("../../../test/event-cancel-process.ts", import.meta.url));
    const at = Date.now() + 2500;
    const outputs = await Promise.all(
      going.slice(0, 3).map(
        (m) =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              [
                "--import",
                "tsx",
                script,
                db.$client.name,
                String(id),
                occurrence,
                m.id,
                String(at),
              ],
              { stdio: ["ignore", "pipe", "inherit"] },
            );
            let out = "";
            child.stdout.on("data", (chunk) => (out += chunk));
            child.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(out))));
          }),
      ),
    );
    const promoted = outputs.flatMap((line) =>
      line
        .replace(/^promoted ?/, "")
        .split(" ")
        .filter(Boolean),
    );
    expect(promoted.sort()).toEqual(
      waiting
        .slice(0, 3)
        .map((m) => m.id)
        .sort(),
    );
    const rows = db
      .select({ userId: eventRegistrations.userId, status: eventRegistrations.status })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.status, "going")))
      .all();
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((row) => row.userId))).toEqual(
      new Set([going[3]!.id, ...waiting.slice(0, 3).map((m) => m.id)]),
    );
  }, 60_000);
});
