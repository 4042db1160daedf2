import type { APIRequestContext } from "@playwright/test";
import { answers } from "#db/schema";
import { eq } from "drizzle-orm";
import { insertAnswer } from "#app/models/answers/answers.server";
import { loadActor } from "#app/models/members/privileges.server";
import { decide } from "#app/models/moderation/decisions.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { editAnswer } from "#app/models/questions/edits.server";
import { deletePost } from "#app/models/questions/removal.server";
import { SESSION_COOKIE } from "#playwright/sessions";
import { database, expect, store, test } from "#playwright/fixtures";

/**
 * The page cache for visitors (ADR 022): a cached page is served again only
 * while what it shows is unchanged, and it is never anyone's own page.
 */

const placeId = (code: string) =>
  database().$client.prepare("SELECT id FROM places WHERE code = ?").pluck().get(code) as number;

/** The page's header, where a signed-in member's name and menu would be. */
function siteHeader(html: string) {
  const start = html.indexOf('<header class="site-header"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</header>", start));
}

const marker = () => Math.random().toString(36).slice(2, 8);

/** A visitor's GET: the page's text and whether the cache served it. */
async function visit(request: APIRequestContext, path: string) {
  const response = await request.get(path, { headers: { "Accept-Language": "fr-FR" } });
  expect(response.status()).toBe(200);
  return {
    html: await response.text(),
    cache: response.headers()["x-page-cache"],
    cacheControl: response.headers()["cache-control"],
  };
}

test("a visitor sees an answer, an edit, a deletion and a moderation decision at once", async ({
  request,
  insertMember,
  verifyNeighbour,
  grantRole,
}) => {
  const camille = await insertMember({ firstName: "Camille", lastName: "Durand" });
  const lea = await insertMember({ firstName: "Léa", lastName: "Martin" });
  verifyNeighbour(camille);
  verifyNeighbour(lea);
  const moderator = await insertMember({ firstName: "Modo", lastName: "Donges" });
  grantRole(moderator, "moderator", "44052");
  const tag = marker();
  const question = insertQuestion(store(), {
    authorId: camille.id,
    placeId: placeId("44052"),
    kind: "question",
    category: "jardinage",
    title: `Qui prête une tondeuse ce week-end ? ${tag}`,
    body: "La mienne a rendu l’âme.",
    tags: ["tondeuse"],
  });
  const path = `/q/${question.id}/${question.slug}`;
  const apiPath = `/api/v1/questions/${question.id}`;

  // Rendered once, then served from the cache while nothing changes.
  expect((await visit(request, path)).cache).toBe("miss");
  const cached = await visit(request, path);
  expect(cached.cache).toBe("hit");
  expect(cached.cacheControl).toContain("s-maxage=");
  await visit(request, apiPath);

  // A new answer: on the very next request.
  const answer = insertAnswer(store(), {
    questionId: question.id,
    authorId: lea.id,
    body: `J’en ai une, passez samedi matin. ${tag}-réponse`,
  });
  let seen = await visit(request, path);
  expect(seen.cache).toBe("miss");
  expect(seen.html).toContain(`${tag}-réponse`);
  expect((await visit(request, apiPath)).html).toContain(`${tag}-réponse`);

  // Its edit.
  const leaActor = loadActor(database(), lea.id)!;
  const edited = editAnswer(store(), leaActor, answer.id, {
    body: `Finalement dimanche. ${tag}-modifiée`,
  });
  expect(edited.ok).toBe(true);
  seen = await visit(request, path);
  expect(seen.html).toContain(`${tag}-modifiée`);
  expect(seen.html).not.toContain(`${tag}-réponse`);

  // Its deletion.
  expect(deletePost(store(), leaActor, "answer", answer.id).ok).toBe(true);
  expect(
    database().select().from(answers).where(eq(answers.id, answer.id)).get()!.deletedAt,
  ).not.toBeNull();
  seen = await visit(request, path);
  expect(seen.html).not.toContain(`${tag}-modifiée`);
  expect((await visit(request, apiPath)).html).not.toContain(`${tag}-modifiée`);

  // A moderation decision: the question is locked.
  expect((await visit(request, path)).cache).toBe("hit");
  const decision = decide(store(), loadActor(database(), moderator.id)!, {
    targetType: "question",
    targetId: String(question.id),
    decision: "lock",
    rule: "other",
  });
  expect(decision.ok).toBe(true);
  seen = await visit(request, path);
  expect(seen.cache).toBe("miss");
  expect(seen.html).toContain("verrouillée");
});

test("a cached page carries no member's name, session or notice; members get their own", async ({
  request,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const member = await insertMember({ firstName: `Zoé${marker()}`, lastName: "Lefort" });
  verifyNeighbour(member);
  const tag = marker();
  const question = insertQuestion(store(), {
    authorId: member.id,
    placeId: placeId("44052"),
    kind: "question",
    category: "jardinage",
    title: `Un escabeau à prêter ? ${tag}`,
    body: "Pour repeindre un plafond.",
    tags: [],
  });
  const path = `/q/${question.id}/${question.slug}`;

  // The member reads the page and answers it.
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, member);
  const memberResponse = await page.goto(path);
  expect(memberResponse!.headers()["cache-control"]).toBe("private, no-store");
  expect(memberResponse!.headers()["x-page-cache"]).toBeUndefined();
  await expect(page.getByRole("banner")).toContainText("Se déconnecter");
  const sessionId = (await context.cookies()).find(
    (cookie) => cookie.name === SESSION_COOKIE,
  )!.value;
  await page.getByLabel("Votre réponse").fill(`Le mien est au garage, passez le prendre. ${tag}`);
  // The answer's notice comes back in the POST's own response: posts are never kept.
  const [posted] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Répondre", exact: true }).click(),
  ]);
  expect(posted.headers()["x-page-cache"]).toBeUndefined();

  // Visitors get the shared copy: twice the same, neither with the member's own parts.
  for (const expected of ["miss", "hit"]) {
    const seen = await visit(request, path);
    expect(seen.cache).toBe(expected);
    expect(seen.html).toContain(`Le mien est au garage, passez le prendre. ${tag}`);
    // Visitors see "Zoé L." beside the posts, never her full name nor her header.
    expect(seen.html).toContain(`${member.firstName} L.`);
    expect(seen.html).not.toContain(`${member.firstName} Lefort`);
    expect(siteHeader(seen.html)).not.toContain(member.firstName);
    expect(siteHeader(seen.html)).toContain("Se connecter");
    expect(siteHeader(seen.html)).not.toContain("Se déconnecter");
    expect(seen.html).not.toContain(sessionId);
  }
  // And the member still gets their own page, not the visitors' copy.
  const again = await page.goto(path);
  expect(again!.headers()["x-page-cache"]).toBeUndefined();
  await expect(page.getByRole("banner")).toContainText("Se déconnecter");
  await context.close();
});
