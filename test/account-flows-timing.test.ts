import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { sessions, users } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { startParsingSmtpServer, type ParsingSmtpServer } from "#test/smtp";

/*
 * Sign-up, password reset and address change must answer in the same time
 * whether or not the address is registered (ADR 013): their emails go
 * through the account_emails outbox, sent by the server's background sender.
 *
 * Measured on the real server (`npm run dev`'s, in a child process) over
 * HTTP, sending through a real SMTP server that takes SMTP_DELAY_MS to accept
 * each message. Were an email sent while the request waits, the requests that
 * send one would be slower by at least that much; the tolerance is half of
 * it, since a loaded 2-core machine (other test files, other engineers) easily
 * moves a median by tens of milliseconds. Requests of both kinds alternate,
 * so a burst of load falls on both.
 */
const SMTP_DELAY_MS = 500;
const TOLERANCE_MS = SMTP_DELAY_MS / 2;
/** Measured pairs per flow, after one pair that warms the server up (Vite compiles the route). */
const ROUNDS = 7;
const PASSWORD = "un mot de passe solide";

const db = copyPlacesDatabase();
const member = memberFactory(db);
const DONGES = placeByCode(db, "44052").id;
let smtp: ParsingSmtpServer;
let server: ChildProcess;
let baseUrl: string;
const serverOutput: string[] = [];

beforeAll(async () => {
  smtp = await startParsingSmtpServer({ delayMs: SMTP_DELAY_MS });
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...env } = process.env;
  server = spawn("node_modules/.bin/tsx", ["app/main.server.ts", "--dev"], {
    env: {
      ...env,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: db.$client.name,
      SMTP_URL: smtp.url,
      PUBLIC_URL: baseUrl,
      // Each request says it comes from its own address, so per-IP limits do not interfere.
      TRUST_PROXY: "1",
      SEED_DEMO: "0",
      NOTIFICATION_EMAILS: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => serverOutput.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => serverOutput.push(chunk.toString()));
  await waitUntil(async () => (await fetch(`${baseUrl}/healthz`).catch(() => null))?.ok === true, {
    timeoutMs: 90_000,
    what: "the server to start",
  });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await smtp?.close();
  db.$client.close();
});

describe("account flows take the same time whether or not the address is registered", () => {
  it(
    "password reset: a registered address (an email goes) and an unknown one",
    { timeout: 120_000 },
    async () => {
      const registered = Array.from({ length: ROUNDS + 1 }, () => registeredAddress());
      const unknown = registered.map(() => freshAddress("inconnu"));
      const reset = (email: string) => post("/mot-de-passe-oublie.data", { email });

      const measured = await compare(registered, unknown, reset);
      expectSameTimeAndAnswer(measured);
      await expectEmailsTo(registered, unknown);
    },
  );

  it(
    "sign-up: a new address (an email goes) and one already registered",
    { timeout: 120_000 },
    async () => {
      const fresh = Array.from({ length: ROUNDS + 1 }, () => freshAddress("nouveau"));
      const taken = fresh.map(() => registeredAddress());
      const signUp = (email: string) =>
        post("/inscription.data", {
          firstName: "Camille",
          lastName: "Martin",
          email,
          password: PASSWORD,
          placeQuery: "Donges",
          placeCode: "44052",
          badgeStyle: "neutral",
        });

      const measured = await compare(fresh, taken, signUp);
      expectSameTimeAndAnswer(measured);
      await expectEmailsTo(fresh, taken);
    },
  );

  it(
    "address change: to a free address (an email goes) and to one already taken",
    { timeout: 120_000 },
    async () => {
      const free = Array.from({ length: ROUNDS + 1 }, () => freshAddress("libre"));
      const taken = free.map(() => registeredAddress());
      // Each change from its own member, who typed the password a moment ago (sudo mode).
      const change = (email: string) =>
        post("/parametres.data", { intent: "email", email }, signedInMember());

      const measured = await compare(free, taken, change);
      expectSameTimeAndAnswer(measured);
      await expectEmailsTo(free, taken);
    },
  );
});

type Answer = { ms: number; status: number; headers: [string, string][]; body: string };
type Measured = { sending: Answer[]; silent: Answer[] };

/**
 * Posts for `sending[i]` and `silent[i]` in turn (which goes first alternates),
 * after a first pair that is not measured: the first requests to a route
 * compile it.
 */
async function compare(
  sending: string[],
  silent: string[],
  request: (email: string) => Promise<Answer>,
): Promise<Measured> {
  const measured: Measured = { sending: [], silent: [] };
  for (let i = 0; i < sending.length; i++) {
    const pair = [
      ["sending", sending[i]!],
      ["silent", silent[i]!],
    ] as const;
    for (const [kind, email] of i % 2 === 0 ? pair : [...pair].reverse()) {
      const answer = await request(email);
      if (i > 0) measured[kind].push(answer);
    }
  }
  return measured;
}

function expectSameTimeAndAnswer({ sending, silent }: Measured) {
  const first = sending[0]!;
  expect(first.status, serverOutput.join("")).toBe(200);
  for (const answer of [...sending, ...silent]) {
    expect({ status: answer.status, headers: answer.headers, body: answer.body }).toEqual({
      status: first.status,
      headers: first.headers,
      body: first.body,
    });
  }
  const gap = median(sending.map((a) => a.ms)) - median(silent.map((a) => a.ms));
  const timings = `sending ${sending.map((a) => a.ms.toFixed(0)).join(", ")} ms; silent ${silent
    .map((a) => a.ms.toFixed(0))
    .join(", ")} ms`;
  expect(Math.abs(gap), timings).toBeLessThan(TOLERANCE_MS);
}

/** The server's sender did send, afterwards: to every address of `sending`, to none of `silent`. */
async function expectEmailsTo(sending: string[], silent: string[]) {
  const recipients = () => new Set(smtp.received.flatMap((mail) => addressesOf(mail.to)));
  await waitUntil(() => sending.every((email) => recipients().has(email)), {
    timeoutMs: 60_000,
    what: "the emails to be sent",
  });
  expect(silent.filter((email) => recipients().has(email))).toEqual([]);
}

/** A form POST to the single-fetch endpoint, as the browser's JavaScript makes it; timed. */
async function post(path: string, form: Record<string, string>, cookie?: string): Promise<Answer> {
  const email = form.email!;
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: {
      "X-Forwarded-For": nextIp(),
      "Accept-Language": "fr",
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
  const body = await response.text();
  const ms = performance.now() - started;
  // The address typed comes back in the answer: the same placeholder for every request.
  const normalized = body.replaceAll(email, "<adresse>");
  // Only the date and the CSP nonce (fresh for every response) may differ.
  const headers = [...response.headers.entries()]
    .filter(([name]) => name !== "date")
    .map(([name, value]): [string, string] => [name, value.replace(/'nonce-[^']+'/g, "'nonce'")]);
  return { ms, status: response.status, headers, body: normalized };
}

/** The address of a new member. */
function registeredAddress() {
  const { id } = member(DONGES);
  return db.select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email!;
}

/** The cookie of a new member's session that typed the password just now. */
function signedInMember() {
  const { id } = member(DONGES);
  const sessionId = randomBytes(20).toString("hex");
  db.insert(sessions)
    .values({
      id: sessionId,
      userId: id,
      expiresAt: Math.floor(Date.now() / 1000) + 30 * 24 * 3600,
      createdAt: new Date(),
      authenticatedAt: new Date(),
    })
    .run();
  return `cdm_session=${sessionId}`;
}

function addressesOf(to: unknown): string[] {
  const list = Array.isArray(to) ? to : [to];
  return list.flatMap((entry: { value?: { address?: string }[] } | undefined) =>
    (entry?.value ?? []).flatMap((value) => (value.address ? [value.address] : [])),
  );
}

let addresses = 0;
const freshAddress = (prefix: string) =>
  `${prefix}${++addresses}-${randomBytes(4).toString("hex")}@exemple.fr`;
let ips = 0;
/** An address of its own for each request (the only one in X-Forwarded-For, whatever the hop count). */
const nextIp = () => `10.0.${Math.floor(++ips / 250)}.${(ips % 250) + 1}`;

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs, what }: { timeoutMs: number; what: string },
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (server.exitCode !== null || Date.now() > deadline) {
      throw new Error(`Gave up waiting for ${what}. Server output:\n${serverOutput.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
