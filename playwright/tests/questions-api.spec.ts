import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { eq } from "drizzle-orm";
import { users } from "#db/schema";
import { database, expect, store, test, type TestMember } from "#playwright/fixtures";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment } from "#app/models/answers/comments.server";
import { castVote } from "#app/models/answers/votes.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { loadActor } from "#app/models/members/privileges.server";
import { deletePost } from "#app/models/questions/removal.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { voteToClose } from "#app/models/questions/close-votes.server";
import type { QuestionKind } from "#app/domain/questions";

/*
 * The e2e database is shared by every spec running in parallel, so each test
 * asks its questions in a place of its own, far from the others (or looks only
 * for its own questions), and never assumes it is alone around Donges.
 */

type ListItem = {
  id: number;
  title: string;
  url: string;
  score: number;
  solved: boolean;
  answerCount: number;
  distanceKm: number;
  place: { code: string; name: string; slug: string };
  author: { displayName: string };
};
type ListPage = { questions: ListItem[]; nextCursor: string | null; radiusKm: number };

const DAY = 24 * 3600 * 1000;

function placeId(code: string) {
  return database()
    .$client.prepare("SELECT id FROM places WHERE code = ?")
    .pluck()
    .get(code) as number;
}

function actor(member: TestMember) {
  return loadActor(database(), member.id)!;
}

function ask(
  author: TestMember,
  placeCode: string,
  options: { title?: string; body?: string; kind?: QuestionKind; daysAgo?: number } = {},
) {
  return insertQuestion(store(), {
    authorId: author.id,
    placeId: placeId(placeCode),
    kind: options.kind ?? "question",
    category: "bricolage",
    title: options.title ?? `Qui a une échelle à prêter ? (${randomBytes(3).toString("hex")})`,
    body: options.body ?? "Pour nettoyer les gouttières avant l’hiver.",
    tags: ["echelle"],
    createdAt: new Date(Date.now() - (options.daysAgo ?? 0) * DAY),
  });
}

function answer(question: { id: number }, author: TestMember, body = "J’en ai une de 4 m.") {
  return insertAnswer(store(), { questionId: question.id, authorId: author.id, body });
}

/** Every question of a listing, following the cursor to the end. */
async function listAll(request: APIRequestContext, query: string) {
  const items: ListItem[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const response = await request.get(`/api/v1/questions?${query}&limit=50${suffix}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as ListPage;
    items.push(...body.questions);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error("The listing never ended");
}

test.describe("GET /api/v1/questions", () => {
  test("lists the questions within the radius of a place", async ({ request, insertMember }) => {
    const camille = await insertMember({ placeCode: "44103" });
    const question = ask(camille, "44103"); // Montoir-de-Bretagne, 5.6 km from Donges

    const response = await request.get("/api/v1/questions?place=44052&radius=10");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const page = (await response.json()) as ListPage & { place: { code: string } };
    expect(page.place).toMatchObject({ code: "44052", name: "Donges", slug: "donges-44480" });
    expect(page.radiusKm).toBe(10);

    const around = await listAll(request, "place=donges-44480&radius=10");
    const item = around.find((q) => q.id === question.id);
    expect(item).toEqual({
      id: question.id,
      title: expect.stringContaining("Qui a une échelle à prêter ?"),
      url: expect.stringMatching(new RegExp(`^https?://[^/]+/q/${question.id}/${question.slug}$`)),
      kind: "question",
      category: "bricolage",
      tags: ["echelle"],
      score: 0,
      answerCount: 0,
      solved: false,
      closedReason: null,
      neededBy: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      distanceKm: expect.any(Number),
      place: {
        code: "44103",
        name: "Montoir-de-Bretagne",
        slug: "montoir-de-bretagne-44550",
      },
      author: { displayName: "Camille D." },
    });
    expect(item!.distanceKm).toBeGreaterThan(5);
    expect(item!.distanceKm).toBeLessThan(6.5);
    expect(around.every((q) => q.distanceKm <= 10)).toBe(true);

    const near = await listAll(request, "place=44052&radius=2");
    expect(near.map((q) => q.id)).not.toContain(question.id);
    expect(near.every((q) => q.distanceKm <= 2)).toBe(true);

    // Without radius, 10 km.
    const byDefault = (await (
      await request.get("/api/v1/questions?place=44052")
    ).json()) as ListPage;
    expect(byDefault.radiusKm).toBe(10);
  });

  test("sorts by recent, unanswered, solved and votes", async ({
    request,
    insertMember,
    verifyNeighbour,
  }) => {
    // Langogne (Lozère): no other spec asks there.
    const asker = await insertMember();
    const helper = await insertMember({ firstName: "Karim", lastName: "Benali" });
    const voters = [await insertMember(), await insertMember()];
    voters.forEach(verifyNeighbour);
    const voted = ask(asker, "48080", { daysAgo: 4 });
    const unanswered = ask(asker, "48080", { daysAgo: 3 });
    const answered = ask(asker, "48080", { daysAgo: 2 });
    const solved = ask(asker, "48080", { daysAgo: 1 });
    answer(answered, helper);
    const accepted = answer(solved, helper);
    expect(acceptAnswer(store(), actor(asker), accepted.id)).toMatchObject({ ok: true });
    for (const voter of voters) {
      expect(
        castVote(store(), actor(voter), { postType: "question", postId: voted.id, value: 1 }),
      ).toMatchObject({ ok: true });
    }
    const mine = new Set([voted.id, unanswered.id, answered.id, solved.id]);
    const ids = async (sort: string) =>
      (await listAll(request, `place=48080&radius=2&sort=${sort}`))
        .filter((q) => mine.has(q.id))
        .map((q) => q.id);

    expect(await ids("recent")).toEqual([solved.id, answered.id, unanswered.id, voted.id]);
    expect(await ids("unanswered")).toEqual([unanswered.id, voted.id]);
    expect(await ids("solved")).toEqual([solved.id]);
    expect((await ids("votes"))[0]).toBe(voted.id);

    const byVotes = await listAll(request, "place=48080&radius=2&sort=votes");
    const scores = byVotes.map((q) => q.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(byVotes.find((q) => q.id === voted.id)?.score).toBe(2);
    const solvedItem = byVotes.find((q) => q.id === solved.id);
    expect(solvedItem).toMatchObject({ solved: true, answerCount: 1 });
  });

  test("pages through with the cursor, without duplicates", async ({ request, insertMember }) => {
    // Barcelonnette: a place of this test's own.
    const asker = await insertMember();
    const asked = [3, 2, 1].map((daysAgo) => ask(asker, "04019", { daysAgo }));
    const first = (await (
      await request.get("/api/v1/questions?place=04019&radius=2&limit=2")
    ).json()) as ListPage;
    expect(first.questions.map((q) => q.id)).toEqual([asked[2]!.id, asked[1]!.id]);
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = (await (
      await request.get(
        `/api/v1/questions?place=04019&radius=2&limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`,
      )
    ).json()) as ListPage;
    expect(second.questions.map((q) => q.id)).toEqual([asked[0]!.id]);
    expect(second.nextCursor).toBeNull();
  });

  for (const [label, query, message] of [
    ["a missing place", "", /place is required/],
    ["an empty place", "?place=", /place is required/],
    ["a radius not in the list", "?place=44052&radius=3", /radius must be one of 2, 5, 10, 25, 50/],
    ["a radius not a number", "?place=44052&radius=far", /radius must be one of/],
    ["an unknown sort", "?place=44052&sort=best", /sort must be one of recent, unanswered/],
    ["a malformed cursor", "?place=44052&cursor=not-a-cursor", /cursor is not valid/],
    ["limit 0", "?place=44052&limit=0", /limit must be a whole number from 1 to 50/],
    ["limit 51", "?place=44052&limit=51", /limit must be a whole number from 1 to 50/],
    ["limit not a number", "?place=44052&limit=many", /limit must be a whole number from 1 to 50/],
    ["limit not whole", "?place=44052&limit=2.5", /limit must be a whole number from 1 to 50/],
  ] as const) {
    test(`answers 400 with a JSON error for ${label}`, async ({ request }) => {
      const response = await request.get(`/api/v1/questions${query}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["cache-control"]).toBe("no-store");
      const body = await response.json();
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error).toMatch(message);
    });
  }

  test("answers 404 for an unknown place, even with good parameters", async ({ request }) => {
    const response = await request.get("/api/v1/questions?place=nulle-part-00000&radius=5");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: "No place has this code or slug." });
  });

  test("answers preflights and refuses writes", async ({ request }) => {
    const preflight = await request.fetch("/api/v1/questions", { method: "OPTIONS" });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    const write = await request.post("/api/v1/questions?place=44052", { data: {} });
    expect(write.status()).toBe(405);
    expect(write.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    const writeOne = await request.delete("/api/v1/questions/1");
    expect(writeOne.status()).toBe(405);
  });
});

test.describe("GET /api/v1/questions/:id", () => {
  test("gives the question, the accepted answer first, and public names only", async ({
    request,
    insertMember,
    verifyNeighbour,
  }) => {
    const camille = await insertMember();
    const karim = await insertMember({ firstName: "Karim", lastName: "Benali" });
    const julie = await insertMember({ firstName: "Julie", lastName: "Lefèvre" });
    const gone = await insertMember({ firstName: "Paul", lastName: "Supprimé" });
    const voter = await insertMember({ firstName: "Thomas", lastName: "Garnier" });
    verifyNeighbour(voter);
    const question = ask(camille, "44052", {
      body: "Il faut **couper l’eau** d’abord ?\n\n<script>alert(1)</script>",
    });
    const liked = answer(question, karim, "Oui, le robinet est sous l’évier.");
    const accepted = answer(question, julie, "Appelez *Patrick*, il passe le samedi.");
    const removed = answer(question, karim, "Réponse retirée par son auteur.");
    const former = answer(question, gone, "Je l’ai fait l’an dernier.");
    expect(
      castVote(store(), actor(voter), { postType: "answer", postId: liked.id, value: 1 }),
    ).toMatchObject({ ok: true, score: 1 });
    expect(acceptAnswer(store(), actor(camille), accepted.id)).toMatchObject({ ok: true });
    expect(deletePost(store(), actor(karim), "answer", removed.id)).toMatchObject({ ok: true });
    expect(
      addComment(database(), actor(julie), {
        questionId: question.id,
        answerId: accepted.id,
        body: "Son numéro est à la boulangerie.",
      }),
    ).toMatchObject({ ok: true });
    database().update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id)).run();

    const response = await request.get(`/api/v1/questions/${question.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      id: question.id,
      url: expect.stringMatching(new RegExp(`/q/${question.id}/${question.slug}$`)),
      kind: "question",
      tags: ["echelle"],
      score: 0,
      upvoteCount: 0,
      answerCount: 3,
      solved: true,
      closedReason: null,
      closed: null,
      editedAt: null,
      place: { code: "44052", name: "Donges", slug: "donges-44480" },
      author: { displayName: "Camille D." },
      body: "Il faut **couper l’eau** d’abord ?\n\n<script>alert(1)</script>",
    });
    expect(body.bodyHtml).toContain("<strong>couper l’eau</strong>");
    expect(body.bodyHtml).not.toContain("<script");

    expect(body.answers.map((a: { id: number }) => a.id)).toEqual([
      accepted.id,
      liked.id,
      former.id,
    ]);
    expect(body.answers[0]).toEqual({
      id: accepted.id,
      body: "Appelez *Patrick*, il passe le samedi.",
      bodyHtml: expect.stringContaining("<em>Patrick</em>"),
      score: 0,
      upvoteCount: 0,
      thanksCount: 0,
      accepted: true,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      editedAt: null,
      author: { displayName: "Julie L." },
    });
    expect(body.answers[1]).toMatchObject({
      accepted: false,
      score: 1,
      upvoteCount: 1,
      author: { displayName: "Karim B." },
    });
    expect(body.answers[2].author).toEqual({ displayName: "Ancien membre" });
    expect(body.comments).toEqual([
      {
        id: expect.any(Number),
        answerId: accepted.id,
        body: "Son numéro est à la boulangerie.",
        createdAt: expect.any(String),
        author: { displayName: "Julie L." },
      },
    ]);

    // Never an email address or a full name.
    for (const member of [camille, karim, julie, gone, voter]) {
      expect(text).not.toContain(member.email);
      expect(text).not.toContain(`${member.firstName} ${member.lastName}`);
    }
    expect(text).not.toContain("@");
    expect(text).not.toContain("Benali");
    expect(text).not.toContain("Réponse retirée");
  });

  test("a question closed as a duplicate points to its original", async ({
    request,
    insertMember,
  }) => {
    const camille = await insertMember();
    const original = ask(camille, "44052");
    const copy = ask(camille, "44052");
    expect(
      voteToClose(store(), actor(camille), copy.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ ok: true, decided: true });
    const body = await (await request.get(`/api/v1/questions/${copy.id}`)).json();
    expect(body.closedReason).toBe("duplicate");
    expect(body.closed).toEqual({
      reason: "duplicate",
      duplicateOf: {
        id: original.id,
        url: expect.stringMatching(new RegExp(`/q/${original.id}/${original.slug}$`)),
      },
    });
  });

  test("answers 404 for a deleted or unknown question, 400 for a bad id", async ({
    request,
    insertMember,
  }) => {
    const camille = await insertMember();
    const question = ask(camille, "44052");
    expect((await request.get(`/api/v1/questions/${question.id}`)).status()).toBe(200);
    expect(deletePost(store(), actor(camille), "question", question.id)).toMatchObject({
      ok: true,
    });
    const deleted = await request.get(`/api/v1/questions/${question.id}`);
    expect(deleted.status()).toBe(404);
    expect(await deleted.json()).toEqual({ error: "No question has this id." });

    // The deleted question is gone from the listings too.
    const around = await listAll(request, "place=44052&radius=2");
    expect(around.map((q) => q.id)).not.toContain(question.id);

    const unknown = await request.get("/api/v1/questions/999999999");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: "No question has this id." });

    for (const id of ["abc", "12abc", "-3", "1.5"]) {
      const response = await request.get(`/api/v1/questions/${id}`);
      expect(response.status(), id).toBe(400);
      expect(await response.json()).toEqual({ error: "id must be a whole number." });
    }
  });
});
