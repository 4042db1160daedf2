import http from "node:http";
import net from "node:net";
import { once } from "node:events";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { answerExpectContinue, frontDoor, loadContext } from "./front-door.server";
import { FORM_BODY_LIMIT_BYTES, READ_ONLY_BODY_LIMIT_BYTES } from "./request-checks.server";
import { cspDirectives, strictCsp } from "#test/strict-csp";

/**
 * The front door in front of a stand-in for Remix that buffers the whole
 * body (as `request.formData()` does) and says what it received, on a real
 * HTTP server.
 */
type Seen = {
  clientIp: string;
  cspNonce: string;
  bodyBytes: number;
  origin: string | null;
  forwardedHost: string | null;
};

const servers: http.Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => closeServer(server)));
});

async function startServer(
  options: { trustProxy?: number | string[]; production?: boolean; dev?: boolean } = {},
) {
  const app = express();
  app.set("trust proxy", options.trustProxy ?? false);
  app.use(frontDoor({ production: options.production ?? false, dev: options.dev ?? false }));
  app.all("*", (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const context = loadContext(request, response);
      response.json({
        clientIp: context.clientIp,
        cspNonce: context.cspNonce,
        bodyBytes: Buffer.concat(chunks).length,
        origin: request.get("origin") ?? null,
        forwardedHost: request.get("x-forwarded-host") ?? null,
      } satisfies Seen);
    });
  });
  const server = app.listen(0, "127.0.0.1");
  answerExpectContinue(server, app);
  servers.push(server);
  await once(server, "listening");
  return (server.address() as net.AddressInfo).port;
}

function closeServer(server: http.Server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One request on its own connection, the path sent exactly as given. */
function send(
  port: number,
  {
    method = "GET",
    path = "/",
    headers = {},
    body,
  }: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method, path, headers, agent: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, text }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const seen = (answer: Answer) => JSON.parse(answer.text) as Seen;
const form = { "Content-Type": "application/x-www-form-urlencoded" };

describe("security headers", () => {
  it("give every response a strict CSP with a fresh nonce, the one Remix gets", async () => {
    const port = await startServer();
    const first = await send(port);
    const second = await send(port);
    const policy = first.headers["content-security-policy"] as string;
    const nonce = seen(first).cspNonce;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(seen(second).cspNonce).not.toBe(nonce);
    expect(cspDirectives(policy)).toMatchObject(strictCsp(nonce));
    expect(policy).not.toContain("unsafe-inline");
    expect(first.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(first.headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    expect(first.headers["strict-transport-security"]).toBeUndefined();
  });

  it("add HSTS in production, and let other sites read the public API", async () => {
    const port = await startServer({ production: true });
    const page = await send(port, { path: "/q/12/une-echelle" });
    expect(page.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const api = await send(port, { path: "/api/v1/questions" });
    expect(api.headers["cross-origin-resource-policy"]).toBe("cross-origin");
  });

  it("let npm run dev's hot reload open its WebSocket, and nothing else more", async () => {
    const production = (await send(await startServer())).headers[
      "content-security-policy"
    ] as string;
    const dev = (await send(await startServer({ dev: true }))).headers[
      "content-security-policy"
    ] as string;
    const withoutNonce = (policy: string) => policy.replace(/'nonce-[^']+'/g, "'nonce'");
    expect(withoutNonce(dev)).toBe(
      withoutNonce(production).replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
    );
  });

  it("come with refusals too", async () => {
    const port = await startServer();
    const refused = await send(port, { path: "/%5C" });
    expect(refused.status).toBe(400);
    expect(refused.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});

describe("malformed addresses", () => {
  const malformed = [
    "/%5C",
    "/%09/",
    "/%5C/evil.example",
    "/\\",
    "/a\\b",
    "/%",
    "/%zz",
    "/abc%E",
    "/%C0%AF",
    "/%ED%A0%80",
    "/a%00b",
    "/a%0D%0ASet-Cookie:%20x=1",
    "/%7F",
    "/%C2%85",
    "/%C2%A0",
    "/%E2%80%A8",
    "/%E3%80%80",
    "/%EF%BB%BF",
    "/a%20b",
    "/q/12/%1F",
    "*",
    "http://evil.example/",
  ];

  it.each(malformed)("%s is a 400 page in French", async (path) => {
    const port = await startServer();
    const answer = await send(port, { path });
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.text).toContain('<html lang="fr">');
    expect(answer.text).toContain("<h1>Adresse invalide</h1>");
  });

  it("are a JSON error under /api/", async () => {
    const port = await startServer();
    const answer = await send(port, { path: "/api/v1/places/%09" });
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(answer.text)).toEqual({ error: expect.stringMatching(/^Malformed URL/) });
  });

  it("leave real addresses alone, accents and odd queries included", async () => {
    const port = await startServer();
    for (const path of [
      "/",
      "/p/saint-nazaire-44184",
      "/q/12/l%C3%A9gumes-du-jardin",
      "/search?q=%09%0D%0A",
      "/?q=50%",
      "/communes?page=2&tri=nom",
      "//evil.example/",
    ]) {
      expect((await send(port, { path })).status, path).toBe(200);
    }
  });

  it("refuse methods nothing answers with 405", async () => {
    const port = await startServer();
    for (const method of ["TRACE", "PROPFIND", "PURGE", "CONNECT"]) {
      const answer = await send(port, { method, path: "/connexion" }).catch(() => null);
      // Node itself drops a CONNECT the server does not handle: no answer is fine too.
      if (method === "CONNECT" && answer === null) continue;
      expect(answer?.status, method).toBe(405);
      expect(answer?.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
    }
  });

  it("refuse a Host the app cannot build a URL from", async () => {
    const port = await startServer();
    for (const host of ["a b", "[", "exa mple:80", "ex/ample", "a@b"]) {
      const answer = await send(port, { headers: { Host: host } });
      expect(answer.status, JSON.stringify(host)).toBe(400);
    }
    const fine = await send(port, { headers: { Host: "coupdemain.example:8080" } });
    expect(fine.status).toBe(200);
  });

  it("refuse a forwarded scheme that is not http or https, from a trusted proxy", async () => {
    const trusting = await startServer({ trustProxy: 1 });
    for (const proto of [", https", "gopher", "ht tp", "javascript"]) {
      const answer = await send(trusting, { headers: { "X-Forwarded-Proto": proto } });
      expect(answer.status, JSON.stringify(proto)).toBe(400);
    }
    for (const proto of ["https", "http", "https, http"]) {
      const answer = await send(trusting, { headers: { "X-Forwarded-Proto": proto } });
      expect(answer.status, proto).toBe(200);
    }
    const direct = await startServer({ trustProxy: 0 });
    const ignored = await send(direct, { headers: { "X-Forwarded-Proto": ", https" } });
    expect(ignored.status).toBe(200);
  });
});

describe("bodies", () => {
  it("let a form within the limit through, whole", async () => {
    const port = await startServer();
    const body = `body=${"a".repeat(FORM_BODY_LIMIT_BYTES - 5)}`;
    const answer = await send(port, { method: "POST", headers: form, body });
    expect(answer.status).toBe(200);
    expect(seen(answer).bodyBytes).toBe(FORM_BODY_LIMIT_BYTES);
    const multipart = await send(port, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=----WebKitFormBoundaryx7" },
      body: '------WebKitFormBoundaryx7\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n------WebKitFormBoundaryx7--\r\n',
    });
    expect(multipart.status).toBe(200);
  });

  it("refuse one byte more with 413, and close the connection", async () => {
    const port = await startServer();
    const answer = await send(port, {
      method: "POST",
      headers: form,
      body: "a".repeat(FORM_BODY_LIMIT_BYTES + 1),
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(answer.text).toContain("Envoi trop volumineux");
    expect(answer.text).toContain("1 Mo");
  });

  it("refuse a body of unknown length with 411", async () => {
    const port = await startServer();
    const answer = await send(port, {
      method: "POST",
      headers: { ...form, "Transfer-Encoding": "chunked" },
      body: "a=1",
    });
    expect(answer.status).toBe(411);
  });

  it("refuse writes that are not forms with 415", async () => {
    const port = await startServer();
    for (const headers of [
      { "Content-Type": "application/json" },
      { "Content-Type": "text/plain" },
      { "Content-Type": "application/octet-stream" },
      { "Content-Type": "multipart/form-data" },
      { "Content-Type": "multipart/form-data; boundary=" },
      { "Content-Type": "application/x-www-form-urlencodedx" },
      {},
    ] as Record<string, string>[]) {
      const answer = await send(port, { method: "POST", path: "/connexion", headers, body: "{}" });
      expect(answer.status, JSON.stringify(headers)).toBe(415);
      expect(answer.text).toContain("Format non pris en charge");
    }
    const empty = await send(port, { method: "POST", path: "/deconnexion" });
    expect(empty.status).toBe(415);
  });

  it("leave writes to the read-only API to its 405, up to a small size", async () => {
    const port = await startServer();
    const write = (body: string) =>
      send(port, {
        method: "PUT",
        path: "/api/v1/questions/1",
        headers: { "Content-Type": "application/json" },
        body,
      });
    expect((await write("{}")).status).toBe(200);
    const large = await write(" ".repeat(READ_ONLY_BODY_LIMIT_BYTES + 1));
    expect(large.status).toBe(413);
    expect(JSON.parse(large.text).error).toMatch(/too large/);
  });

  it("take the types the CSP report and the one-click unsubscribe need, with smaller limits", async () => {
    const port = await startServer();
    const report = (type: string, body: string) =>
      send(port, { method: "POST", path: "/csp-report", headers: { "Content-Type": type }, body });
    expect((await report("application/csp-report", "{}")).status).toBe(200);
    expect((await report("application/reports+json", "[]")).status).toBe(200);
    expect((await report("text/plain", "{}")).status).toBe(415);
    expect((await report("application/csp-report", " ".repeat(65 * 1024))).status).toBe(413);
    const unsubscribe = await send(port, {
      method: "POST",
      path: "/desabonnement/abc123",
      headers: { "Content-Type": "text/plain", Origin: "https://mail.provider.example" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(unsubscribe.status).toBe(200);
    expect(seen(unsubscribe).origin).toBeNull();
  });

  it("refuse an oversized body sent with Expect: 100-continue before it is sent", async () => {
    const port = await startServer();
    const ask = (contentLength: number) =>
      new Promise<{ status: number; invited: boolean }>((resolve, reject) => {
        let invited = false;
        const request = http.request({
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/inscription",
          agent: false,
          headers: { ...form, "Content-Length": contentLength, Expect: "100-continue" },
        });
        request.on("continue", () => {
          invited = true;
          request.end("a".repeat(contentLength));
        });
        request.on("response", (response) => {
          response.resume();
          resolve({ status: response.statusCode!, invited });
          request.destroy();
        });
        request.on("error", reject);
        request.flushHeaders();
      });
    expect(await ask(64 * 1024 * 1024)).toEqual({ status: 413, invited: false });
    expect(await ask(10)).toEqual({ status: 200, invited: true });
  });

  it("answer a 64 MiB upload with 413 before it is sent, without growing the server's memory", async () => {
    const port = await startServer();
    const total = 64 * 1024 * 1024;
    await streamBody(port, 2 * 1024 * 1024); // warm up: first request, first allocations
    global.gc?.();
    const before = process.memoryUsage().rss;
    const uploads = await Promise.all([1, 2, 3, 4].map(() => streamBody(port, total)));
    const grown = process.memoryUsage().rss - before;
    for (const upload of uploads) {
      expect(upload.status).toBe(413);
      // The answer came while the client was still sending: most of it never left.
      expect(upload.sentBeforeAnswer).toBeLessThan(total / 4);
    }
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });
});

/**
 * Sends a form of `total` bytes on a plain socket, 64 KiB at a time, reading
 * the answer while it sends (as browsers do); stops at the answer.
 */
function streamBody(port: number, total: number) {
  return new Promise<{ status: number; sentBeforeAnswer: number }>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let answer = "";
    let answered = false;
    socket.on("data", (data) => {
      answer += data.toString("latin1");
      if (answered || !answer.includes("\r\n")) return;
      answered = true;
      resolve({ status: Number(answer.split(" ")[1]), sentBeforeAnswer: sent });
      socket.destroy();
    });
    socket.on("error", (error) => {
      if (!answered) reject(error);
    });
    socket.write(
      `POST /inscription HTTP/1.1\r\nHost: localhost\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${total}\r\n\r\n`,
    );
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!socket.write(chunk)) {
          socket.once("drain", pump);
          return;
        }
      }
    };
    pump();
  });
}

describe("writes from another site", () => {
  it("are refused with 403; same-site writes and forms without Origin pass", async () => {
    const port = await startServer();
    const post = (headers: Record<string, string>) =>
      send(port, { method: "POST", path: "/langue", headers: { ...form, ...headers }, body: "" });
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ Origin: "null" })).status).toBe(403);
    expect((await post({ Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await post({})).status).toBe(200);
  });

  it("are judged against X-Forwarded-Host only when a trusted proxy sent it", async () => {
    const direct = await startServer();
    const forged = await send(direct, {
      method: "POST",
      headers: { ...form, Origin: `http://127.0.0.1:${direct}`, "X-Forwarded-Host": "evil" },
    });
    expect(forged.status).toBe(200);
    expect(seen(forged).forwardedHost).toBeNull();

    const proxied = await startServer({ trustProxy: 1 });
    const headers = { ...form, "X-Forwarded-Host": "coupdemain.example" };
    const fromSite = await send(proxied, {
      method: "POST",
      headers: { ...headers, Origin: "https://coupdemain.example" },
    });
    expect(fromSite.status).toBe(200);
    expect(seen(fromSite).forwardedHost).toBe("coupdemain.example");
    const fromElsewhere = await send(proxied, {
      method: "POST",
      headers: { ...headers, Origin: `http://127.0.0.1:${proxied}` },
    });
    expect(fromElsewhere.status).toBe(403);
  });
});

describe("the client's IP (TRUST_PROXY)", () => {
  const through = (port: number, forwardedFor: string) =>
    send(port, { headers: { "X-Forwarded-For": forwardedFor } }).then((a) => seen(a).clientIp);

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    const port = await startServer({ trustProxy: 0 });
    expect(await through(port, "203.0.113.9")).toBe("127.0.0.1");
  });

  it("is the address the trusted proxy appended, not one the client wrote before it", async () => {
    const port = await startServer({ trustProxy: 1 });
    // The proxy (here, the test) appends the address it saw: 198.51.100.7.
    const seenIps = new Set<string>();
    for (const chosen of ["203.0.113.1", "203.0.113.2", "10.0.0.1, 10.0.0.2", "garbage"]) {
      seenIps.add(await through(port, `${chosen}, 198.51.100.7`));
    }
    expect([...seenIps]).toEqual(["198.51.100.7"]);
  });

  it("skips every trusted address of a list, and no more", async () => {
    const port = await startServer({ trustProxy: ["127.0.0.1", "10.0.0.0/8"] });
    expect(await through(port, "203.0.113.9, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
  });
});
