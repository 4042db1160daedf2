import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { AppLoadContext } from "@remix-run/node";
import onHeaders from "on-headers";
import type {
  Request as ExpressRequest,
  RequestHandler,
  Response as ExpressResponse,
} from "express";
import { contentSecurityPolicy } from "./security-headers.server";
import { localeFromAcceptLanguage } from "./locale.server";

/**
 * The page cache for visitors (ADR 022). A page whose loaders declared what
 * they show (`dependsOn`) is rendered once per key (URL, origin, language,
 * the visitor's commune) and served again, brotli- or gzip-compressed once,
 * while the content versions of what it shows are unchanged: the triggers of
 * migration 0013 raise them in the writers' own transactions, so the next
 * request after a write renders afresh. Never a session: a request with any
 * cookie but the language and the commune passes by, and gets
 * `private, no-store` when it carries the session's.
 *
 * The CSP nonce of a cached page is the one it was rendered with, and the
 * Content-Security-Policy of every response that serves it names that nonce
 * (the ADR says why this keeps the nonce's guarantee).
 */

/** What a page's loaders tell the cache, through their load context. */
export type PageDependencies = {
  keys: Set<string>;
  /** The sum of the keys' versions, each read when it was declared: before its data was read. */
  versionSum: number;
  /** Time-dependent content (opening hours): the page is rendered again after this. */
  expiresAt: number;
};

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Present when the page cache may keep this response (a visitor's GET). */
    pageDependencies?: PageDependencies & { read: (keys: readonly string[]) => number };
  }
}

/**
 * Declares the content versions a page shows. Call it before reading that
 * content, or in the same synchronous step: a write after the read then
 * always outdates the cached page.
 */
export function dependsOn(context: AppLoadContext | undefined, keys: readonly string[]) {
  const dependencies = context?.pageDependencies;
  if (!dependencies) return;
  const fresh = keys.filter((key) => !dependencies.keys.has(key));
  for (const key of fresh) dependencies.keys.add(key);
  dependencies.versionSum += dependencies.read(fresh);
}

/** The page shows time-dependent content: keep it no later than `at`. */
export function validUntil(context: AppLoadContext | undefined, at: Date) {
  const dependencies = context?.pageDependencies;
  if (dependencies) dependencies.expiresAt = Math.min(dependencies.expiresAt, at.getTime());
}

/** "Open now" is worked out to the minute: a page showing it is good until the next one. */
export function validUntilNextMinute(context: AppLoadContext | undefined, now: Date) {
  validUntil(context, new Date(Math.floor(now.getTime() / 60_000 + 1) * 60_000));
}

/** Cookies that change what a visitor's page shows, and are part of its key. */
const KEYED_COOKIES = ["lang", "commune"] as const;

/** How long a proxy in front may keep a visitor's page, and serve it stale while it asks again. */
export const VISITOR_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";
export const MEMBER_CACHE_CONTROL = "private, no-store";

type Entry = {
  status: number;
  headers: [string, string][];
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
  nonce: string;
  keys: string[];
  versionSum: number;
  expiresAt: number;
  bytes: number;
};

export type RenderPage = (
  request: Request,
  context: AppLoadContext,
) => Promise<globalThis.Response>;

export type PageCacheOptions = {
  budgetBytes: number;
  /** The sum of the current versions of some keys (db/content-versions.ts). */
  readVersions: (keys: readonly string[]) => number;
  /** Remix's own handler: renders a page to a Fetch Response. */
  render: RenderPage;
  /** The load context the front door gives any request. */
  loadContext: (request: ExpressRequest, response: ExpressResponse) => AppLoadContext;
  now?: () => number;
};

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The cookies of a request, by name (the last one wins, as for lucia's). */
function cookiesOf(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    const name = (at === -1 ? pair : pair.slice(0, at)).trim();
    if (name) cookies.set(name, at === -1 ? "" : pair.slice(at + 1).trim());
  }
  return cookies;
}

/** The cache key of a visitor's request, or null when the request must not be served from the cache. */
export function cacheKeyOf(request: {
  method: string;
  originalUrl: string;
  protocol: string;
  headers: Record<string, string | string[] | undefined>;
  get(name: string): string | undefined;
}): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.authorization) return null;
  const cookies = cookiesOf(request.get("cookie"));
  for (const name of cookies.keys()) {
    if (!(KEYED_COOKIES as readonly string[]).includes(name)) return null;
  }
  // The language: the chosen one, else the browser's (both, as getLocale reads them).
  const browserLanguage = localeFromAcceptLanguage(request.get("accept-language") ?? null) ?? "";
  return [
    `${request.protocol}://${request.get("host") ?? ""}`,
    cookies.get("lang") ?? "",
    browserLanguage,
    cookies.get("commune") ?? "",
    request.originalUrl,
  ].join("\n");
}

export function createPageCache(options: PageCacheOptions) {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<Entry | null>>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  function store(key: string, entry: Entry) {
    remove(key);
    if (entry.bytes > options.budgetBytes / 4) return;
    entries.set(key, entry);
    bytes += entry.bytes;
    // Map order is insertion order: the first keys are the least recently used.
    for (const oldest of entries.keys()) {
      if (bytes <= options.budgetBytes) break;
      remove(oldest);
    }
  }

  /** The entry of a key while what it shows is unchanged (and marked as just used). */
  function fresh(key: string): Entry | null {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now() || options.readVersions(entry.keys) !== entry.versionSum) {
      remove(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async function renderAndKeep(
    key: string,
    request: ExpressRequest,
    response: ExpressResponse,
  ): Promise<{ entry: Entry | null; rendered: globalThis.Response; body: Buffer }> {
    const dependencies: PageDependencies = {
      keys: new Set(),
      versionSum: 0,
      expiresAt: Number.POSITIVE_INFINITY,
    };
    const context: AppLoadContext = {
      ...options.loadContext(request, response),
      pageDependencies: Object.assign(dependencies, { read: options.readVersions }),
    };
    const url = `${request.protocol}://${request.get("host")}${request.originalUrl}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const rendered = await options.render(new Request(url, { method: "GET", headers }), context);
    const body = Buffer.from(await rendered.arrayBuffer());
    const cacheable =
      rendered.status === 200 &&
      dependencies.keys.size > 0 &&
      !/no-store|private/.test(rendered.headers.get("cache-control") ?? "") &&
      rendered.headers.getSetCookie().every((cookie) => cookie.startsWith("commune="));
    if (!cacheable) return { entry: null, rendered, body };
    const kept: [string, string][] = [];
    for (const [name, value] of rendered.headers) {
      if (name === "cache-control" || name === "content-length" || name === "set-cookie") continue;
      kept.push([name, value]);
    }
    for (const cookie of rendered.headers.getSetCookie()) kept.push(["set-cookie", cookie]);
    const [br, gz] = await Promise.all([
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
      gzip(body, { level: 9 }),
    ]);
    const entry: Entry = {
      status: rendered.status,
      headers: kept,
      identity: body,
      br,
      gzip: gz,
      etag: `W/"${createHash("sha1").update(body).digest("base64url")}"`,
      nonce: context.cspNonce ?? "",
      keys: [...dependencies.keys],
      versionSum: dependencies.versionSum,
      expiresAt: dependencies.expiresAt,
      bytes: body.length + br.length + gz.length + 512,
    };
    store(key, entry);
    return { entry, rendered, body };
  }

  function send(
    request: ExpressRequest,
    response: ExpressResponse,
    entry: Entry,
    outcome: "hit" | "miss",
  ) {
    response.status(entry.status);
    // For operators and tests: whether this copy was rendered for this request.
    response.set("X-Page-Cache", outcome);
    for (const [name, value] of entry.headers) response.append(name, value);
    // The page's scripts carry the nonce it was rendered with: the policy names that one.
    response.set(
      "Content-Security-Policy",
      contentSecurityPolicy({ nonce: entry.nonce, dev: false }),
    );
    response.set("Cache-Control", VISITOR_CACHE_CONTROL);
    response.set("ETag", entry.etag);
    response.set("Vary", "Accept-Encoding, Accept-Language, Cookie");
    if (request.fresh) {
      response.status(304).end();
      return;
    }
    const accepted = request.acceptsEncodings("br", "gzip", "identity");
    const [encoding, body] =
      accepted === "br"
        ? ["br", entry.br]
        : accepted === "gzip"
          ? ["gzip", entry.gzip]
          : [null, entry.identity];
    if (encoding) response.set("Content-Encoding", encoding);
    response.set("Content-Length", String(body.length));
    response.end(request.method === "HEAD" ? undefined : body);
  }

  const middleware: RequestHandler = (request, response, next) => {
    const key = cacheKeyOf(request);
    if (key === null) {
      if (cookiesOf(request.get("cookie")).has("cdm_session")) {
        // A member's pages are theirs; what says otherwise (an image's year) keeps its own.
        onHeaders(response, () => {
          if (!response.getHeader("Cache-Control")) {
            response.setHeader("Cache-Control", MEMBER_CACHE_CONTROL);
          }
        });
      }
      next();
      return;
    }
    const entry = fresh(key);
    if (entry) {
      send(request, response, entry, "hit");
      return;
    }
    const pending = rendering.get(key);
    if (pending) {
      // Stampede: one render per key; the others wait for it, or render themselves if it cannot be kept.
      pending.then(
        (done) => (done ? send(request, response, done, "hit") : next()),
        () => next(),
      );
      return;
    }
    let settle: (entry: Entry | null) => void = () => {};
    rendering.set(key, new Promise((resolve) => (settle = resolve)));
    renderAndKeep(key, request, response)
      .then(({ entry: kept, rendered, body }) => {
        rendering.delete(key);
        settle(kept);
        if (kept) {
          send(request, response, kept, "miss");
          return;
        }
        response.status(rendered.status);
        for (const [name, value] of rendered.headers) {
          if (name !== "set-cookie" && name !== "content-length") response.set(name, value);
        }
        for (const cookie of rendered.headers.getSetCookie()) response.append("Set-Cookie", cookie);
        response.end(request.method === "HEAD" ? undefined : body);
      })
      .catch((error: unknown) => {
        rendering.delete(key);
        settle(null);
        next(error);
      });
  };

  return {
    middleware,
    /** Entries and bytes held, for the benchmark and tests. */
    stats: () => ({ entries: entries.size, bytes }),
  };
}
