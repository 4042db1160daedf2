import { describe, expect, it } from "vitest";
import { askQuestion, roundSharedPosition } from "./ask.server";
import { getQuestion } from "./posts.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES, MONTOIR, NANTES, member } = questionsTestbed();

describe("asking", () => {
  it("asks in the home place or a neighbouring one, never far away", () => {
    const camille = member(DONGES.id);
    const input = {
      kind: "question" as const,
      category: "bricolage" as const,
      title: "Un plombier qui prend de nouveaux clients ?",
      body: "",
      tags: [],
    };
    expect(askQuestion(store, camille, { ...input, placeId: MONTOIR.id })).toMatchObject({
      ok: true,
    });
    expect(
      askQuestion(store, camille, {
        ...input,
        placeId: NANTES.id,
        title: "Autre chose à Nantes ?",
      }),
    ).toEqual({
      ok: false,
      refusal: { reason: "place-too-far" },
    });
    const unconfirmed = member(DONGES.id, { emailVerified: false });
    expect(askQuestion(store, unconfirmed, { ...input, placeId: DONGES.id })).toEqual({
      ok: false,
      refusal: { reason: "email-unverified" },
    });
  });

  it("stores a shared position rounded to about 500 m, and a resent form once", () => {
    const camille = member(DONGES.id);
    const exact = { lat: DONGES.lat + 0.0123, lng: DONGES.lng - 0.0234 };
    const input = {
      placeId: DONGES.id,
      kind: "help" as const,
      category: "jardinage" as const,
      title: "Un coup de main pour tailler une haie ?",
      body: "Elle fait 20 m.",
      tags: [],
      position: exact,
    };
    const first = askQuestion(store, camille, input);
    const second = askQuestion(store, camille, input);
    expect(first.ok && second.ok && first.id === second.id).toBe(true);
    const stored = getQuestion(db, first.ok ? first.id : 0)!;
    expect(stored.positionShared).toBe(true);
    expect({ lat: stored.lat, lng: stored.lng }).toEqual(roundSharedPosition(exact));
    expect(stored.lat).not.toBe(exact.lat);
    expect(Math.abs(stored.lat - exact.lat)).toBeLessThanOrEqual(0.0025);
  });
});
