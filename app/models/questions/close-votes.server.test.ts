import { describe, expect, it } from "vitest";
import { roleGrants } from "#db/schema";
import { voteToClose } from "./close-votes.server";
import { getQuestion } from "./posts.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES, NANTES, member, ask } = questionsTestbed();

describe("closing", () => {
  it("closes after three votes of members with 250 points, for the most common reason", () => {
    const q = ask(member(DONGES.id).id);
    const original = ask(member(DONGES.id).id, DONGES.id, "Qui prête une échelle ce mois-ci ?");
    const low = member(DONGES.id, { reputation: 249 });
    expect(voteToClose(store, low, q.id, { action: "close", reason: "off-topic" })).toMatchObject({
      ok: false,
      refusal: { reason: "reputation", needed: 250 },
    });
    const voters = [0, 1, 2].map(() => member(DONGES.id, { reputation: 250 }));
    expect(
      voteToClose(store, voters[0]!, q.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ ok: true, decided: false, pendingVotes: 1 });
    // Voting twice in a round counts once.
    expect(
      voteToClose(store, voters[0]!, q.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ pendingVotes: 1 });
    voteToClose(store, voters[1]!, q.id, { action: "close", reason: "off-topic" });
    expect(
      voteToClose(store, voters[2]!, q.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ decided: true });
    expect(getQuestion(db, q.id)).toMatchObject({
      closedReason: "duplicate",
      duplicateOfId: original.id,
    });
    // A duplicate must point at another existing question.
    const other = ask(member(DONGES.id).id);
    expect(
      voteToClose(store, voters[0]!, other.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: other.id,
      }),
    ).toEqual({ ok: false, refusal: { reason: "bad-duplicate" } });
  });

  it("lets the asker close and reopen their own question, and a moderator decide alone", () => {
    const asker = member(DONGES.id);
    const q = ask(asker.id);
    expect(voteToClose(store, asker, q.id, { action: "close", reason: "resolved" })).toMatchObject({
      decided: true,
    });
    expect(voteToClose(store, asker, q.id, { action: "reopen" })).toMatchObject({ decided: true });
    const moderator = member(NANTES.id);
    db.insert(roleGrants)
      .values({ userId: moderator.id, role: "moderator", placeId: DONGES.id })
      .run();
    expect(
      voteToClose(store, moderator, q.id, { action: "close", reason: "off-topic" }),
    ).toMatchObject({ decided: true });
    // Closed by a moderator: the asker alone cannot reopen it.
    expect(voteToClose(store, asker, q.id, { action: "reopen" })).toMatchObject({ ok: false });
  });
});
