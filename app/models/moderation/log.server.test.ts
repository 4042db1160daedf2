import { describe, expect, it } from "vitest";
import { moderationTestbed } from "#test/moderation";
import { decide } from "./decisions.server";
import { moderationLog } from "./log.server";

const { db, store, DONGES, staff, flaggedAnswer, target } = moderationTestbed();

describe("the public log", () => {
  it("links only to content everyone can see, and names nobody", () => {
    const { answer } = flaggedAnswer();
    const visible = flaggedAnswer();
    const moderator = staff("moderator", DONGES);
    decide(store, moderator, { ...target(answer.id), decision: "delete", rule: "spam" });
    decide(store, moderator, { ...target(visible.answer.id), decision: "dismiss", rule: "other" });
    const entries = moderationLog(db, DONGES).entries;
    expect(entries.find((entry) => entry.action === "delete")!.href).toBeNull();
    expect(entries.find((entry) => entry.action === "dismiss")!.href).toContain(
      `#reponse-${visible.answer.id}`,
    );
    expect(JSON.stringify(entries)).not.toContain(moderator.id);
  });
});
