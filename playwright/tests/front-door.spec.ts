import net from "node:net";
import { expect, test, uniqueEmail } from "#playwright/fixtures";
import { cspDirectives, strictCsp } from "#test/strict-csp";

/**
 * The front door (app/server/front-door.server.ts) of the built production
 * server, over plain HTTP: its headers, its refusals, and the client IP it
 * hands the rate limits. No browser needed: csp.spec.ts has those tests.
 */
const port = Number(process.env.E2E_PORT ?? 3123);

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

test("every page gets the production headers and a strict CSP with a fresh nonce", async ({
  request,
}) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const policy = first.headers()["content-security-policy"]!;
  const nonce = nonceOf(policy);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(nonce);
  // The page's inline scripts carry this response's nonce, and every script has one.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  expect(cspDirectives(policy)).toMatchObject(strictCsp(nonce!));
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  expect(first.headers()).toMatchObject({
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "reporting-endpoints": 'csp="/csp-report"',
  });
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
});

test("static files and the API get the headers too", async ({ request }) => {
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
  expect(icon.headers()["strict-transport-security"]).toBeDefined();
  const api = await request.get("/api/v1/places?q=donges");
  expect(api.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
  expect(api.headers()["content-security-policy"]).toBeDefined();
});

test("malformed addresses are a 400 in French, or in JSON under /api/", async () => {
  for (const path of ["/%5C", "/%09/", "/%zz", "/a%00b", "/%E3%80%80"]) {
    const answer = await rawRequest(`GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`);
    expect(answer.status, path).toBe(400);
    expect(answer.text).toContain("Adresse invalide");
  }
  const api = await rawRequest(`GET /api/v1/%5C HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`);
  expect(api.status).toBe(400);
  expect(api.text).toContain('{"error":"Malformed URL');
});

test("a write that is not a form is a 415, even to a page with a form", async ({ request }) => {
  const json = await request.post("/connexion", {
    data: {},
    headers: { "Content-Type": "application/json" },
  });
  expect(json.status()).toBe(415);
  expect(await json.text()).toContain("Format non pris en charge");
  const text = await request.post("/inscription", {
    data: "email=a@b.fr",
    headers: { "Content-Type": "text/plain" },
  });
  expect(text.status()).toBe(415);
});

test("a 64 MiB form is refused with 413 before the client has sent it", async () => {
  const total = 64 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, "a");
  const answer = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let sent = 0;
    let head = "";
    socket.on("data", (data) => {
      head += data.toString("latin1");
      if (!head.includes("\r\n")) return;
      resolve({ status: Number(head.split(" ")[1]), sent });
      socket.destroy();
    });
    socket.on("error", reject);
    socket.write(
      `POST /inscription HTTP/1.1\r\nHost: localhost:${port}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${total}\r\n\r\n`,
    );
    const pump = () => {
      while (!socket.destroyed && sent < total) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once("drain", pump);
      }
    };
    pump();
  });
  expect(answer.status).toBe(413);
  expect(answer.sent).toBeLessThan(total / 4);
});

test("with one trusted proxy, a client's own X-Forwarded-For does not escape the per-IP limit", async ({
  request,
  clientIp,
}) => {
  // The proxy (here, the test: playwright.config.ts sets TRUST_PROXY=1)
  // appends the address it sees; what the client wrote before it varies.
  const attempt = (i: number) =>
    request.post("/connexion", {
      form: { email: uniqueEmail("inconnu"), password: "pas le bon" },
      headers: { "X-Forwarded-For": `203.0.113.${i}, ${clientIp}` },
      maxRedirects: 0,
    });
  // 20 sign-ins per IP per 15 minutes (app/server/rate-limit.server.ts).
  for (let i = 1; i <= 20; i++) expect((await attempt(i)).status(), `attempt ${i}`).toBe(400);
  const limited = await attempt(21);
  expect(limited.status()).toBe(429);
  expect(await limited.text()).toContain("Trop de tentatives");
});

test.describe("POST /csp-report", () => {
  const report = {
    "csp-report": {
      "document-uri": `http://localhost:${port}/`,
      "effective-directive": "script-src-elem",
      "blocked-uri": "inline",
    },
  };

  test("takes both report shapes, and refuses what is not one without a 5xx", async ({
    request,
  }) => {
    const post = (body: string, type = "application/csp-report") =>
      request.post("/csp-report", { data: body, headers: { "Content-Type": type } });
    expect((await post(JSON.stringify(report))).status()).toBe(204);
    const batch = [{ type: "csp-violation", body: { effectiveDirective: "style-src-elem" } }];
    expect((await post(JSON.stringify(batch), "application/reports+json")).status()).toBe(204);
    expect((await post("pas du JSON")).status()).toBe(400);
    expect((await post("{}")).status()).toBe(400);
    expect((await post(JSON.stringify(report), "text/plain")).status()).toBe(415);
    expect((await post(" ".repeat(100 * 1024))).status()).toBe(413);
    expect((await request.get("/csp-report")).status()).toBe(405);
  });

  test("is rate-limited per IP", async ({ request }) => {
    const post = () =>
      request.post("/csp-report", {
        data: JSON.stringify(report),
        headers: { "Content-Type": "application/csp-report" },
      });
    for (let i = 0; i < 60; i++) expect((await post()).status()).toBe(204);
    const limited = await post();
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

/** A request written by hand: Playwright's client would clean these addresses up. */
function rawRequest(text: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (data) => (answer += data.toString("utf8")));
    socket.on("end", () => resolve({ status: Number(answer.split(" ")[1]), text: answer }));
    socket.on("error", reject);
    socket.end(text);
  });
}
