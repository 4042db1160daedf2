import type { RequestListener, Server } from "node:http";
import type { Socket } from "node:net";
import type { AppLoadContext } from "@remix-run/node";
import express, { type Request, type RequestHandler, type Response } from "express";
import { isCrossSiteWrite, isOneClickUnsubscribe } from "./origin-check.server";
import {
  malformedHost,
  malformedProtocol,
  malformedTarget,
  refusedBody,
  unknownMethod,
  type FrontDoorRefusal,
} from "./request-checks.server";
import { createNonce, securityHeaders } from "./security-headers.server";

/**
 * The front door: every request passes here before the static files and
 * Remix, in `npm start` and `npm run dev` alike (app/main.server.ts). In order:
 *
 * 1. security headers on every response, with a fresh CSP nonce;
 * 2. a method nothing answers (TRACE…): 405; a malformed address, Host or
 *    forwarded scheme: 400;
 * 3. X-Forwarded-Host dropped unless a trusted proxy sent it (TRUST_PROXY);
 *    then a write from another site (Origin check): 403;
 * 4. a body too large (413), without a length (411) or of a type the
 *    address does not take (415), judged from the headers before a byte of
 *    the body is read; a refused body's connection is closed unread.
 *
 * Refusals are a small French page, or JSON `{"error": …}` under /api/.
 * What passes reaches Remix with the nonce and the client's IP in its load
 * context (`loadContext`). ADR 011 gives the reasons.
 */
export type FrontDoorOptions = {
  /** NODE_ENV=production (HSTS). */
  production: boolean;
  /** `npm run dev`: the policy Vite's hot reload needs. */
  dev: boolean;
};

export function frontDoor(options: FrontDoorOptions): RequestHandler {
  const router = express.Router();
  router.use(withSecurityHeaders(options));
  router.use(refuseMalformedRequests);
  router.use(dropForgedForwardedHost);
  router.use(refuseCrossSiteWrites);
  router.use(refuseUnwantedBodies);
  return router;
}

/** What Remix's loaders and actions learn of the request (types in request.server.ts). */
export function loadContext(request: Request, response: Response) {
  return {
    clientIp: request.ip ?? "unknown",
    cspNonce: nonceOf(response),
  } satisfies AppLoadContext;
}

/**
 * Lets the front door answer `Expect: 100-continue` itself: Node would
 * otherwise invite the body before any check, and a refused upload would be
 * sent whole for nothing.
 */
export function answerExpectContinue(server: Server, app: RequestListener) {
  server.on("checkContinue", app);
}

function nonceOf(response: Response): string {
  return response.locals.cspNonce as string;
}

function withSecurityHeaders(options: FrontDoorOptions): RequestHandler {
  return (request, response, next) => {
    response.locals.cspNonce = createNonce();
    response.set(securityHeaders({ ...options, nonce: nonceOf(response), path: request.path }));
    next();
  };
}

const refuseMalformedRequests: RequestHandler = (request, response, next) => {
  const refusal =
    unknownMethod(request.method) ??
    malformedTarget(request.originalUrl) ??
    malformedHost(request.hostname) ??
    malformedProtocol(request.protocol);
  if (refusal) refuse(request, response, refusal);
  else next();
};

/**
 * X-Forwarded-Host counts only from a trusted proxy: Express ignores it
 * otherwise, but Remix reads it for its own Origin check, and a forged one
 * made every form POST fail (500).
 */
const dropForgedForwardedHost: RequestHandler = (request, _response, next) => {
  const trusted = request.app.get("trust proxy fn") as (address: string, hop: number) => boolean;
  if (!trusted(request.socket.remoteAddress ?? "", 0)) delete request.headers["x-forwarded-host"];
  next();
};

/** The host a write must come from: the one Remix compares Origin with too. */
function siteHost(request: Request) {
  return request.get("x-forwarded-host")?.split(",")[0]?.trim() || request.get("host");
}

const refuseCrossSiteWrites: RequestHandler = (request, response, next) => {
  const write = { method: request.method, path: request.path };
  if (isCrossSiteWrite({ ...write, origin: request.get("origin"), host: siteHost(request) })) {
    refuse(request, response, {
      status: 403,
      title: "Requête refusée",
      text: "Ce formulaire a été envoyé depuis un autre site : il n’est pas accepté ici (origine non autorisée).",
      apiError: "Forbidden: cross-site write.",
    });
    return;
  }
  // Remix refuses (500) any form POST whose Origin is not this host; the
  // one-click unsubscribe comes from mail providers by design, so its Origin goes.
  if (isOneClickUnsubscribe(write)) delete request.headers.origin;
  next();
};

const refuseUnwantedBodies: RequestHandler = (request, response, next) => {
  const refusal = refusedBody({
    method: request.method,
    path: request.path,
    contentLength: request.get("content-length"),
    transferEncoding: request.get("transfer-encoding"),
    contentType: request.get("content-type"),
  });
  if (refusal) {
    refuse(request, response, refusal);
    return;
  }
  if (request.get("expect")?.toLowerCase() === "100-continue") response.writeContinue();
  next();
};

type Refusal = Omit<FrontDoorRefusal, "status"> & { status: number };

/** How long a refused connection still drains what its client sends (see lingerThenClose). */
export const LINGER_MS = 1000;

/**
 * Answers and closes the connection: a refused request may still be
 * sending its body, which is never read into memory nor kept alive for.
 */
function refuse(request: Request, response: Response, refusal: Refusal) {
  lingerThenClose(request.socket);
  response.status(refusal.status).set({ Connection: "close", "Cache-Control": "no-store" });
  if (refusal.status === 405) response.set("Allow", "GET, HEAD, OPTIONS, POST");
  if (request.path.startsWith("/api/")) {
    response.json({ error: refusal.apiError });
  } else {
    response.type("html").send(refusalPage(refusal));
  }
}

/**
 * Node ends a `Connection: close` socket with destroySoon() once the
 * response is written; closing a socket with unread data resets the
 * connection, and a client still sending its body could lose the answer in
 * that reset (curl sees it, a plain socket often does not). So end our side
 * only, let Node drain and discard the rest for a moment, then close
 * (nginx's "lingering close").
 */
function lingerThenClose(socket: Socket) {
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

/** A page of its own: the app's layout needs Remix, which this request never reaches. */
function refusalPage({ title, text }: Refusal) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Coup de main</title>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">Retour à l’accueil</a></p>
</main>
</body>
</html>
`;
}
