import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createFetchHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { startOutboxRelay } from "#search/meilisearch/relay";
import { startSnapshots } from "#db/backup/snapshots";
import { startNotificationEmails } from "#app/models/notifications/email-sender.server";
import { startAccountEmails } from "#app/models/members/account-emails.server";
import { getDb } from "#app/server/db.server";
import { getEnv, loadEnvFile, snapshotSettings, uploadsDirectory } from "#app/server/env.server";
import { sendMail } from "#app/server/mail.server";
import { answerExpectContinue, frontDoor, loadContext } from "#app/server/front-door.server";
import { getSearch } from "#app/server/search.server";
import { prepareToServe } from "#app/start-up.server";
import { createPageCache } from "#app/server/page-cache.server";
import { contentVersionSum } from "#db/content-versions";

/**
 * The server: `npm start` serves the production build; `npm run dev` (--dev)
 * serves the app through Vite with hot reload. Both check the settings, run
 * the same start-up sequence and the same background senders, then answer
 * through the same Express middleware.
 */
const dev = process.argv.includes("--dev");
// NODE_ENV=production is for real deployments (secure cookies, no dev mailbox):
// the README's `npm start` demo on localhost runs without it.
loadEnvFile();
const env = getEnv();

const buildPath = path.resolve("build/server/index.js");
if (!dev && !fs.existsSync(buildPath)) {
  console.error("No build found: run `npm run build` first (npm start does it for you).");
  process.exit(1);
}

const db = getDb();
const search = getSearch();
await prepareToServe(db, env, search);
const stopOutboxRelay =
  search.engine.name === "meilisearch" ? startOutboxRelay(db, search.engine) : null;
// Account emails (confirmation, reset, change of address) always go: requests only queue them.
const stopAccountEmails = startAccountEmails(db, { mailer: { send: sendMail } });
const stopNotificationEmails =
  env.NOTIFICATION_EMAILS === "1"
    ? startNotificationEmails(db, { mailer: { send: sendMail }, digestHour: env.DIGEST_HOUR })
    : null;
const snapshots = snapshotSettings(env);
const stopSnapshots = snapshots
  ? startSnapshots({
      databasePath: env.DATABASE_PATH,
      uploadsDir: uploadsDirectory(env),
      settings: snapshots,
    })
  : null;

const viteDevServer = dev
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : null;
const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(buildPath).href)) as ServerBuild);

const app = express();
app.disable("x-powered-by");
// Behind reverse proxies, the client IP comes from the X-Forwarded-For entries
// they appended (rate limits need it); TRUST_PROXY says how many, or which.
app.set("trust proxy", env.TRUST_PROXY === 0 ? false : env.TRUST_PROXY);
// Headers, and the refusals that need no app: before anything reads a body.
app.use(frontDoor({ production: env.NODE_ENV === "production", dev }));
app.use(compression());
if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Vite fingerprints everything under /assets: cache it for good.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
}
// Visitors' pages, rendered once until what they show changes (ADR 022).
if (!viteDevServer && env.PAGE_CACHE_MB > 0) {
  const render = createFetchHandler(build as ServerBuild, env.NODE_ENV);
  const pageCache = createPageCache({
    budgetBytes: env.PAGE_CACHE_MB * 1024 * 1024,
    readVersions: contentVersionSum(db),
    render: (request, context) => render(request, context),
    loadContext,
  });
  app.use(pageCache.middleware);
}
app.all(
  "*",
  createRequestHandler({
    build,
    mode: dev ? "development" : env.NODE_ENV,
    getLoadContext: loadContext,
  }),
);

const server = app.listen(env.PORT, env.HOST ?? "0.0.0.0", () => {
  console.log(`Coup de main is ready on http://localhost:${env.PORT}`);
});
answerExpectContinue(server, app);

function shutDown(signal: string) {
  console.log(`${signal} received: closing.`);
  server.close(async () => {
    await stopOutboxRelay?.();
    await stopAccountEmails();
    await stopNotificationEmails?.();
    await stopSnapshots?.();
    await viteDevServer?.close();
    db.$client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", () => shutDown("SIGTERM"));
process.on("SIGINT", () => shutDown("SIGINT"));
