import { describe, expect, it } from "vitest";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { castVote } from "#app/models/answers/votes.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { listQuestionsNear } from "./list-near.server";
import { deletePost } from "./removal.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES, MONTOIR, member, ask } = questionsTestbed();

describe("lists around a place", () => {
  it("finds questions within the radius, by tab, page after page without repeats", () => {
    const author = member(DONGES.id);
    const ids = Array.from(
      { length: 7 },
      (_, i) => ask(author.id, DONGES.id, `Question numéro ${i} pour la liste`).id,
    );
    const montoir = ask(author.id, MONTOIR.id, "Une question posée à Montoir").id;
    const centre = { lat: DONGES.lat, lng: DONGES.lng };

    const near = listQuestionsNear(db, { centre, radiusKm: 2, tab: "recent", limit: 100 });
    expect(near.items.map((item) => item.id)).not.toContain(montoir);
    const wider = listQuestionsNear(db, { centre, radiusKm: 10, tab: "recent", limit: 100 });
    expect(wider.items.map((item) => item.id)).toContain(montoir);
    expect(wider.items.find((item) => item.id === montoir)!.distanceKm).toBeCloseTo(5.6, 0);

    const seen: number[] = [];
    let cursor = null;
    do {
      const page: ReturnType<typeof listQuestionsNear> = listQuestionsNear(db, {
        centre,
        radiusKm: 10,
        tab: "recent",
        cursor,
        limit: 3,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...ids, montoir]));

    // Answered and accepted: leaves "unanswered", joins "solved"; votes order "popular".
    const answerer = member(DONGES.id);
    const answer = insertAnswer(store, {
      questionId: ids[0]!,
      authorId: answerer.id,
      body: "Moi !",
    });
    acceptAnswer(store, { ...author }, answer.id);
    castVote(store, member(DONGES.id), { postType: "question", postId: ids[1]!, value: 1 });
    const tab = (name: "unanswered" | "solved" | "votes") =>
      listQuestionsNear(db, { centre, radiusKm: 10, tab: name, limit: 100 }).items.map(
        (item) => item.id,
      );
    expect(tab("unanswered")).not.toContain(ids[0]);
    expect(tab("unanswered")).toContain(ids[1]);
    expect(tab("solved")).toContain(ids[0]);
    expect(tab("solved")).not.toContain(ids[1]);
    expect(tab("votes")[0]).toBe(ids[1]);

    deletePost(store, author, "question", ids[2]!);
    expect(tab("votes")).not.toContain(ids[2]);
  });
});
