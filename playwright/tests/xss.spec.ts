import { insertAnswer } from "#app/models/answers/answers.server";
import { addComment } from "#app/models/answers/comments.server";
import { loadActor } from "#app/models/members/privileges.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { XSS_CORPUS } from "#test/xss-corpus";
import { database, expect, test } from "#playwright/fixtures";
import { embeddedStore } from "#test/store";

/**
 * Every payload of the corpus, posted as a question, as answers and as
 * comments, rendered by the real server in real Chromium: nothing may run,
 * and no dangerous element or URL may reach the DOM.
 */
test("no payload of the XSS corpus runs on a question page", async ({ page, insertMember }) => {
  const db = database();
  const store = embeddedStore(db);
  const author = await insertMember({ firstName: "Eve", lastName: "Malice" });
  const placeId = db.$client
    .prepare("SELECT id FROM places WHERE code = '44052'")
    .pluck()
    .get() as number;
  const question = insertQuestion(store, {
    authorId: author.id,
    placeId,
    kind: "question",
    category: "autre",
    title: `<script>window.__xss = true</script> Une question piégée ${Date.now()}`,
    body: XSS_CORPUS.map((payload) => payload.source).join("\n\n"),
    tags: [],
  });
  const actor = loadActor(db, author.id)!;
  for (const payload of XSS_CORPUS) {
    insertAnswer(store, { questionId: question.id, authorId: author.id, body: payload.source });
    addComment(db, actor, { questionId: question.id, body: payload.source.slice(0, 600) });
  }

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`/q/${question.id}/${question.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Une question piégée");
  // Give any deferred payload (timers, load events, toggles) a chance to fire.
  await page.waitForTimeout(500);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: boolean }).__xss)).toBeUndefined();

  const found = await page.evaluate(() => {
    const posts = [...document.querySelectorAll(".prose, .comment, h1")];
    const problems: string[] = [];
    for (const post of posts) {
      for (const element of post.querySelectorAll("*")) {
        const tag = element.tagName.toLowerCase();
        if (
          [
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "form",
            "img",
            "meta",
            "base",
            "link",
          ].includes(tag)
        ) {
          problems.push(`<${tag}>`);
        }
        for (const attribute of element.attributes) {
          // Browsers ignore whitespace and control characters inside a URL scheme.
          const value = [...attribute.value]
            .filter((character) => character.charCodeAt(0) > 0x20)
            .join("")
            .toLowerCase();
          if (attribute.name.startsWith("on")) problems.push(`${tag}[${attribute.name}]`);
          if (/^(javascript|data|vbscript):/.test(value))
            problems.push(`${tag}[${attribute.name}=${value.slice(0, 30)}]`);
          if (attribute.name === "style") problems.push(`${tag}[style]`);
        }
      }
    }
    return {
      problems,
      links: [...document.querySelectorAll(".prose a")].map((a) => a.getAttribute("rel")),
    };
  });
  expect(found.problems).toEqual([]);
  expect(found.links.every((rel) => rel === "nofollow ugc noopener")).toBe(true);
  // Clicking every link in the posts must not run anything either.
  const links = page.locator(".prose a[href]");
  const count = await links.count();
  for (let i = 0; i < Math.min(count, 40); i++) {
    const href = (await links.nth(i).getAttribute("href")) ?? "";
    expect(href, "only web and mail links survive").toMatch(
      /^(https?:|mailto:|\/|#|%20|[a-z0-9.])/i,
    );
    expect(href.toLowerCase()).not.toMatch(/^\s*(javascript|data|vbscript):/);
  }
  expect(await page.evaluate(() => (window as { __xss?: boolean }).__xss)).toBeUndefined();
});
