import fs from "node:fs";
import type { ActionFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInMember, serverDatabaseForThisFile } from "#test/server-database";
import type * as ActionsModule from "./actions.server";
import { ACTION_LIMITS } from "./rate-limit.server";

/**
 * defineAction on a real SQLite file: the process-wide connection (getDb)
 * is this test's copy of the places database, and members sign in with
 * real session rows, as the server's own requests do.
 */
const database = serverDatabaseForThisFile();
let actions: typeof ActionsModule;

beforeAll(async () => {
  actions = await import("./actions.server");
});

let ipCounter = 0;
/** Each test looks like a new person: its own IP. */
function newIp() {
  ipCounter += 1;
  return `192.0.2.${ipCounter}`;
}

function post(
  body: BodyInit | null,
  options: { contentType?: string; cookie?: string; ip?: string; language?: string } = {},
): ActionFunctionArgs {
  const headers = new Headers();
  if (options.contentType) headers.set("Content-Type", options.contentType);
  if (options.cookie) headers.set("Cookie", options.cookie);
  headers.set("Accept-Language", options.language ?? "fr-FR");
  return {
    request: new Request("http://localhost/essai", { method: "POST", body, headers }),
    params: {},
    context: { clientIp: options.ip ?? newIp() },
  };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const URLENCODED = "application/x-www-form-urlencoded";

/** What the action threw: the status, headers and body of the refusal. */
async function refusalOf(promise: Promise<unknown>) {
  const thrown = await promise.then(
    () => expect.fail("the action was not refused"),
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  const response = thrown as Response;
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The session cookie of a new member, signed in. */
function signedInCookie() {
  return `cdm_session=${signedInMember(database()).sessionId}`;
}

describe("reading the form", () => {
  const echo = () =>
    actions.defineAction({ limit: "language" }, async ({ form }) => Object.fromEntries(form));

  it("hands the action the form, read once", async () => {
    await expect(echo()(post(form({ lang: "en" }), { contentType: URLENCODED }))).resolves.toEqual({
      lang: "en",
    });
    const multipart = new FormData();
    multipart.set("lang", "fr");
    await expect(echo()(post(multipart))).resolves.toEqual({ lang: "fr" });
  });

  it.each([
    ["JSON", "{}", "application/json"],
    ["plain text", "lang=fr", "text/plain"],
    ["no content type", "lang=fr", undefined],
    ["octet-stream", "\u0000\u0001", "application/octet-stream"],
    ["multipart with a broken boundary", "--xyz\r\nbroken", "multipart/form-data; boundary=abc"],
    ["multipart without a boundary", "--abc\r\n", "multipart/form-data"],
    [
      "multipart cut short",
      '--abc\r\nContent-Disposition: form-data; name="lang"\r\n\r\nfr',
      "multipart/form-data; boundary=abc",
    ],
  ])("answers %s with a 400 in French, and never runs the action", async (_, body, type) => {
    let ran = false;
    const action = actions.defineAction({ limit: "language" }, async () => (ran = true));
    const refusal = await refusalOf(action(post(body, { contentType: type })));
    expect(refusal.status).toBe(400);
    expect(JSON.parse(refusal.body)).toEqual({
      message: "Cette demande n’est pas valide. Rechargez la page et réessayez.",
    });
    expect(ran).toBe(false);
  });

  it("refuses a file, and a flood of fields", async () => {
    const withFile = new FormData();
    withFile.set("lang", new File(["fr"], "lang.txt"));
    expect((await refusalOf(echo()(post(withFile)))).status).toBe(400);
    const many = new URLSearchParams();
    for (let i = 0; i <= actions.MAX_FORM_FIELDS; i++) many.append(`f${i}`, "x");
    expect((await refusalOf(echo()(post(many, { contentType: URLENCODED })))).status).toBe(400);
    many.delete("f0");
    await expect(echo()(post(many, { contentType: URLENCODED }))).resolves.toBeTruthy();
  });

  it("refuses a list index no form of 200 fields can have", async () => {
    for (const name of ["a[999999999]", "tags[200]", "a[0].b[4294967295]"]) {
      const refusal = await refusalOf(
        echo()(post(form({ [name]: "x" }), { contentType: URLENCODED })),
      );
      expect(refusal.status, name).toBe(400);
    }
    await expect(
      echo()(post(form({ "tags[199]": "x", "a.999999999": "y" }), { contentType: URLENCODED })),
    ).resolves.toEqual({ "tags[199]": "x", "a.999999999": "y" });
  });

  it("speaks the reader's language and the caller's format", async () => {
    const body = "{}";
    const json = actions.defineAction({ limit: "preview", reply: "json" }, async () => null);
    const refusal = await refusalOf(json(post(body, { contentType: "application/json" })));
    expect(refusal.headers.get("Content-Type")).toContain("application/json");
    expect(JSON.parse(refusal.body)).toEqual({
      error: "Cette demande n’est pas valide. Rechargez la page et réessayez.",
    });

    const text = actions.defineAction({ limit: "language", reply: "text" }, async () => null);
    const english = await refusalOf(
      text(post(body, { contentType: "application/json", language: "en-GB" })),
    );
    expect(english.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(english.body).toBe("This request is not valid. Reload the page and try again.");
  });

  it("leaves the body alone when the action ignores it", async () => {
    const action = actions.defineAction(
      { limit: "signOut", body: "ignored" },
      async ({ form }) => [...form.keys()].length,
    );
    await expect(action(post("{not a form", { contentType: "application/json" }))).resolves.toBe(0);
  });
});

describe("multipart actions (photos)", () => {
  /** What the action saw: its text fields, and each file's name, size and whether it was on disk. */
  const upload = (spy: { paths: string[] } = { paths: [] }) =>
    actions.defineAction(
      { intents: { answer: "answer" }, body: "multipart", files: "photos" },
      async ({ form, uploads }) => {
        spy.paths.push(...uploads.files.map((file) => file.path));
        return {
          fields: Object.fromEntries(form),
          files: uploads.files.map((file) => [file.name, file.size, fs.existsSync(file.path)]),
        };
      },
    );

  it("hands the action the text fields and the files, streamed to disk and removed after", async () => {
    const body = new FormData();
    body.set("intent", "answer");
    body.set("body", "Voici une photo");
    body.append("photos", new File([new Uint8Array(2048)], "chat.jpg"));
    body.append("photos", new File(["x"], "deux.png"));
    // A file input left empty, and a file under another name: not the action's files.
    body.append("photos", new File([], ""));
    body.append("other", new File(["y"], "ailleurs.txt"));
    const spy = { paths: [] as string[] };
    await expect(upload(spy)(post(body))).resolves.toEqual({
      fields: { intent: "answer", body: "Voici une photo" },
      files: [
        ["chat.jpg", 2048, true],
        ["deux.png", 1, true],
      ],
    });
    expect(spy.paths).toHaveLength(2);
    for (const file of spy.paths) expect(fs.existsSync(file)).toBe(false);
  });

  it("removes the files when the action throws, or is refused by its limit", async () => {
    const spy: string[] = [];
    const failing = actions.defineAction(
      { limit: "ask", body: "multipart", files: "photos" },
      async ({ uploads }) => {
        spy.push(...uploads.files.map((file) => file.path));
        throw new Error("boom");
      },
    );
    const body = new FormData();
    body.append("photos", new File(["x"], "a.jpg"));
    await expect(failing(post(body))).rejects.toThrow("boom");
    expect(spy).toHaveLength(1);
    expect(fs.existsSync(spy[0]!)).toBe(false);
  });

  it("reads a form without files as any other, under the same checks", async () => {
    await expect(
      upload()(post(form({ intent: "answer", body: "sans photo" }), { contentType: URLENCODED })),
    ).resolves.toEqual({ fields: { intent: "answer", body: "sans photo" }, files: [] });
    const json = await refusalOf(upload()(post("{}", { contentType: "application/json" })));
    expect(json.status).toBe(400);
  });

  it.each([
    ["a broken boundary", "--xyz\r\nbroken", "multipart/form-data; boundary=abc"],
    ["no boundary", "--abc\r\n", "multipart/form-data; charset=utf-8"],
    [
      "a body cut short",
      '--abc\r\nContent-Disposition: form-data; name="photos"; filename="a.jpg"\r\n\r\nxx',
      "multipart/form-data; boundary=abc",
    ],
    [
      "a list index beyond any form",
      '--abc\r\nContent-Disposition: form-data; name="a[999999999]"\r\n\r\nx\r\n--abc--\r\n',
      "multipart/form-data; boundary=abc",
    ],
    [
      "a field over its bound",
      `--abc\r\nContent-Disposition: form-data; name="body"\r\n\r\n${"x".repeat(65 * 1024)}\r\n--abc--\r\n`,
      "multipart/form-data; boundary=abc",
    ],
  ])("answers %s with a 400, never a 5xx", async (_, body, type) => {
    const refusal = await refusalOf(upload()(post(body, { contentType: type })));
    expect(refusal.status).toBe(400);
    expect(JSON.parse(refusal.body)).toEqual({
      message: "Cette demande n’est pas valide. Rechargez la page et réessayez.",
    });
  });
});

describe("intents", () => {
  const action = () =>
    actions.defineAction(
      { intents: { name: "profile", email: "emailChange" } },
      async ({ intent }) => intent,
    );

  it("tells the action which declared intent the form names", async () => {
    await expect(
      action()(post(form({ intent: "email", email: "a@b.fr" }), { contentType: URLENCODED })),
    ).resolves.toBe("email");
  });

  it.each([
    ["an undeclared intent", { intent: "delete" }],
    ["no intent", {}],
    ["a prototype key", { intent: "__proto__" }],
  ])("refuses %s with a 400", async (_, fields) => {
    const refusal = await refusalOf(action()(post(form(fields), { contentType: URLENCODED })));
    expect(refusal.status).toBe(400);
  });
});

describe("limits", () => {
  const emailLimit = ACTION_LIMITS.emailChange;
  const changeEmail = () =>
    actions.defineAction(
      { intents: { email: "emailChange", name: "profile" } },
      async () => "sent",
    );
  const emailForm = () => form({ intent: "email", email: "victime@example.org" });

  it("refuses a member past the limit with a 429, Retry-After and when to try again", async () => {
    const cookie = signedInCookie();
    const action = changeEmail();
    for (let i = 0; i < emailLimit.perMember.limit; i++) {
      // A new IP each time: the member's own count is what stops them.
      await expect(action(post(emailForm(), { contentType: URLENCODED, cookie }))).resolves.toBe(
        "sent",
      );
    }
    const refusal = await refusalOf(action(post(emailForm(), { contentType: URLENCODED, cookie })));
    expect(refusal.status).toBe(429);
    const retryAfter = Number(refusal.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(emailLimit.perMember.windowSeconds - 60);
    expect(retryAfter).toBeLessThanOrEqual(emailLimit.perMember.windowSeconds);
    expect(JSON.parse(refusal.body)).toEqual({
      message: "Trop de tentatives. Réessayez dans 60 min.",
    });

    // Another intent has its own limit; another member has their own count.
    await expect(
      action(post(form({ intent: "name" }), { contentType: URLENCODED, cookie })),
    ).resolves.toBe("sent");
    await expect(
      action(post(emailForm(), { contentType: URLENCODED, cookie: signedInCookie() })),
    ).resolves.toBe("sent");
  });

  it("counts per IP too, whoever is signed in, and visitors", async () => {
    const ip = newIp();
    const action = changeEmail();
    for (let i = 0; i < emailLimit.perIp.limit; i++) {
      const cookie = i % 2 ? signedInCookie() : undefined;
      await action(post(emailForm(), { contentType: URLENCODED, cookie, ip }));
    }
    const refusal = await refusalOf(
      action(post(emailForm(), { contentType: URLENCODED, cookie: signedInCookie(), ip })),
    );
    expect(refusal.status).toBe(429);
    await expect(action(post(emailForm(), { contentType: URLENCODED }))).resolves.toBe("sent");
  });

  it("does not count requests it refused as unreadable", async () => {
    const ip = newIp();
    const action = changeEmail();
    for (let i = 0; i < emailLimit.perIp.limit * 2; i++) {
      await refusalOf(action(post("{}", { contentType: "application/json", ip })));
    }
    await expect(action(post(emailForm(), { contentType: URLENCODED, ip }))).resolves.toBe("sent");
  });
});

describe("declaredLimits", () => {
  it("knows the actions made by defineAction, and only those", async () => {
    const made = actions.defineAction({ limit: "signIn" }, async () => null);
    expect(actions.declaredLimits(made)).toEqual({ limit: "signIn" });
    expect(actions.declaredLimits(async () => null)).toBeUndefined();
    expect(actions.declaredLimits(undefined)).toBeUndefined();
  });
});
