import fs from "node:fs";
import path from "node:path";
import { request as newRequest, type APIRequestContext } from "@playwright/test";
import { database, expect, test } from "#playwright/fixtures";
import { insertSession, SESSION_COOKIE } from "#playwright/sessions";

/**
 * Every route, asked with bad parameters by a browser, as a visitor and as a
 * member: never a 5xx, never plain text (issue 14: `/q/abc` answered
 * "Question not found" in English), an error page titled after what
 * happened (« Question introuvable · Coup de main »), and JSON under /api/.
 * The routes are read from app/routes, so a new one is tried too.
 */
const routesDir = path.resolve("app/routes");
const BAD_VALUES = ["99999", "abc", "0", "-1", "%C3%A9t%C3%A9", "1e3"];
const JUNK_QUERY =
  "?id=abc&page=-1&q=%00&token=x&redirectTo=%2F%2Fevil.example&type=%3Cb%3E&lieu=nulle-part";

/** `p.$slug_.entraideurs` → `/p/:slug/entraideurs`, as flatRoutes reads file names. */
function patternOf(routeName: string) {
  const segments = routeName
    .split(/(?<!\[)\.(?!\])/)
    .map((segment) => segment.replace("[.]", "."))
    .filter((segment) => segment !== "_index" && !segment.startsWith("_"))
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) => (segment === "$" ? "*" : segment.replace(/^\$(\w+)$/, ":$1")));
  return `/${segments.join("/")}`;
}

function routePatterns() {
  return fs
    .readdirSync(routesDir)
    .filter((entry) => !/\.test\.tsx?$/.test(entry))
    .map((entry) => patternOf(entry.replace(/\.tsx?$/, "")))
    .sort();
}

/** Concrete URLs for a pattern: each bad value in each parameter, and junk in the query. */
function badUrls(pattern: string) {
  const hasParams = /[:*]/.test(pattern);
  const urls = hasParams
    ? BAD_VALUES.map((value) =>
        pattern.replace(/:\w+/g, value).replace("*", `n-existe-pas/${value}`),
      )
    : [pattern];
  return urls.flatMap((url) => [url, `${url}${JUNK_QUERY}`]);
}

const browserHeaders = {
  Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "Accept-Language": "fr-FR,fr;q=0.9",
};

async function checkEveryRoute(api: APIRequestContext, who: string) {
  const problems: string[] = [];
  let errorPages = 0;
  for (const pattern of routePatterns()) {
    for (const url of badUrls(pattern)) {
      for (const method of ["GET", "POST"] as const) {
        const response = await api.fetch(url, {
          method,
          headers: browserHeaders,
          form: method === "POST" ? { intent: "n-importe-quoi", id: "abc" } : undefined,
          maxRedirects: 0,
        });
        const status = response.status();
        const type = response.headers()["content-type"] ?? "";
        const where = `${who} ${method} ${url} → ${status} ${type}`;
        if (status >= 500) problems.push(`${where}: server error`);
        if (url.startsWith("/api/")) {
          if (status >= 400 && !type.startsWith("application/json")) problems.push(where);
          continue;
        }
        // robots.txt is plain text by name; nothing else is.
        const textFile = url.split("?")[0]!.endsWith(".txt");
        if (type.startsWith("text/plain") && !textFile) problems.push(`${where}: plain text`);
        if (status < 400 || !type.startsWith("text/html")) continue;
        errorPages += 1;
        const title = /<title>([^<]*)<\/title>/.exec(await response.text())?.[1] ?? "";
        if (!/^.+ · Coup de main$/.test(title)) problems.push(`${where}: title « ${title} »`);
        if (status === 404 && !title.includes("introuvable")) {
          problems.push(`${where}: 404 titled « ${title} »`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
  // The routes with parameters do answer with error pages.
  expect(errorPages).toBeGreaterThan(20);
}

test.describe.configure({ timeout: 240_000 });

test("every route answers bad parameters with a page in French, or JSON under /api/", async ({
  request,
  insertMember,
  clientIp,
}) => {
  expect(routePatterns()).toEqual(expect.arrayContaining(["/q/:id", "/reponses/:id", "/*"]));
  await checkEveryRoute(request, "visitor");

  const member = await insertMember();
  const signedIn = await newRequest.newContext({
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 3123}`,
    extraHTTPHeaders: {
      Cookie: `${SESSION_COOKIE}=${insertSession(database(), member.id)}`,
      "X-Forwarded-For": clientIp,
      Origin: `http://localhost:${process.env.E2E_PORT ?? 3123}`,
    },
  });
  await checkEveryRoute(signedIn, "member");
  await signedIn.dispose();
});

test("the pages of things that do not exist say what is missing", async ({ request }) => {
  for (const [url, title] of [
    ["/q/99999", "Question introuvable · Coup de main"],
    ["/q/abc", "Question introuvable · Coup de main"],
    ["/q/0", "Question introuvable · Coup de main"],
    ["/q/99999/un-titre", "Question introuvable · Coup de main"],
    ["/reponses/99999", "Réponse introuvable · Coup de main"],
    ["/p/nulle-part-00000", "Commune introuvable · Coup de main"],
    ["/m/personne", "Membre introuvable · Coup de main"],
    ["/o/99999/une-fiche", "Fiche introuvable · Coup de main"],
    ["/une/page/qui/n-existe/pas", "Page introuvable · Coup de main"],
  ]) {
    const response = await request.get(url!, { headers: browserHeaders });
    expect(response.status(), url).toBe(404);
    expect(response.headers()["content-type"]).toContain("text/html");
    const html = await response.text();
    expect(html, url).toContain(`<title>${title}</title>`);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("Retour à l’accueil");
  }
  const english = await request.get("/q/abc", {
    headers: { ...browserHeaders, "Accept-Language": "en-GB,en;q=0.9" },
  });
  expect(await english.text()).toContain("<title>Question not found · Coup de main</title>");
  const api = await request.get("/api/v1/questions/abc");
  expect(api.headers()["content-type"]).toContain("application/json");
});
