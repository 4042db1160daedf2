import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { prepareDatabase } from "#db/prepare";
import { createProgress } from "#db/progress";
import { seedDemoData } from "#db/seed/demo";
import { startOutboxRelay } from "#search/meilisearch/relay";
import { embeddedIndexIsBehind, rebuildEmbeddedIndex } from "#search/reindex";
import { getDb } from "./utils/db.server";
import { hashPassword } from "./utils/password.server";
import { getEnv } from "./utils/env.server";
import { chooseSearchMode, getSearchEngine } from "./utils/search.server";
import { isCrossSiteWrite, isOneClickUnsubscribe } from "./utils/origin-check.server";
import { sendMail } from "./utils/mail.server";
import { startNotificationEmails } from "./models/notification-emails.server";

/**
 * The production server (`npm start`): checks the environment, migrates the
 * database, imports the places of France on first start, then serves the
 * built Remix app with Express.
 */
// NODE_ENV=production is for real deployments (secure cookies, no dev mailbox):
// the README's `npm start` demo on localhost runs without it.
if (fs.existsSync(".env")) process.loadEnvFile(".env");
const env = getEnv();

const buildPath = path.resolve("build/server/index.js");
if (!fs.existsSync(buildPath)) {
  console.error("No build found: run `npm run build` first (npm start does it for you).");
  process.exit(1);
}

const db = getDb();
// Chosen before anything writes: posts reach the embedded index or the Meilisearch outbox.
chooseSearchMode();
await prepareDatabase(db, createProgress(), {
  seedDemo: env.SEED_DEMO === "1" ? (target) => seedDemoData(target, hashPassword) : undefined,
});
const searchEngine = getSearchEngine();
if (searchEngine.name === "embedded" && embeddedIndexIsBehind(db)) {
  console.log("Building the search index…");
  const progress = createProgress();
  const { indexed, ms } = await rebuildEmbeddedIndex(db, {
    onProgress: progress.track("Indexing questions"),
  });
  progress.stop();
  console.log(`${indexed} questions indexed in ${ms} ms.`);
}
const stopOutboxRelay =
  searchEngine.name === "meilisearch" ? startOutboxRelay(db, searchEngine) : null;
const stopNotificationEmails =
  env.NOTIFICATION_EMAILS === "1"
    ? startNotificationEmails(db, { mailer: { send: sendMail }, digestHour: env.DIGEST_HOUR })
    : null;

const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
const app = express();
app.disable("x-powered-by");
// Behind a reverse proxy the client IP comes from X-Forwarded-For (rate limits need it).
app.set("trust proxy", env.TRUST_PROXY === "1");
app.use(compression());
app.use((request, response, next) => {
  response.set({
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self)",
  });
  if (
    isCrossSiteWrite({
      method: request.method,
      origin: request.get("origin"),
      host: request.get("host"),
      path: request.path,
    })
  ) {
    response
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("Requête refusée : origine non autorisée.");
    return;
  }
  // Remix refuses (500) any form POST whose Origin is not this host; the
  // one-click unsubscribe comes from mail providers by design, so its Origin goes.
  if (isOneClickUnsubscribe({ method: request.method, path: request.path })) {
    delete request.headers.origin;
  }
  next();
});
// Vite fingerprints everything under /assets: cache it for good.
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (request) => ({ clientIp: request.ip ?? "unknown" }),
  }),
);

const server = app.listen(env.PORT, env.HOST ?? "0.0.0.0", () => {
  console.log(`Coup de main is ready on http://localhost:${env.PORT}`);
});

function shutDown(signal: string) {
  console.log(`${signal} received: closing.`);
  server.close(async () => {
    await stopOutboxRelay?.();
    await stopNotificationEmails?.();
    db.$client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", () => shutDown("SIGTERM"));
process.on("SIGINT", () => shutDown("SIGINT"));
