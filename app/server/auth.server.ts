import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { Lucia, TimeSpan, type Session, type User } from "lucia";
import { sessions, users } from "#db/schema";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
import { safeRedirect } from "#app/domain/safe-redirect";
import { confirmPasswordUrl, isRecentlyAuthenticated } from "#app/domain/reauthentication";

/**
 * The only module that knows about lucia (ADR 002): sessions live in the
 * `sessions` table, the cookie holds only the session id. Everything else
 * calls the plain functions below.
 */
function createLucia() {
  const db = getDb();
  return new Lucia(new DrizzleSQLiteAdapter(db, sessions, users), {
    sessionExpiresIn: new TimeSpan(30, "d"),
    sessionCookie: {
      name: "cdm_session",
      attributes: { secure: getEnv().NODE_ENV === "production", sameSite: "lax" },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      emailVerified: attributes.emailVerifiedAt != null,
      firstName: attributes.firstName,
      lastName: attributes.lastName,
      homePlaceId: attributes.homePlaceId,
      locale: attributes.locale,
      isAdmin: attributes.isAdmin,
      badgeStyle: attributes.badgeStyle,
      deleted: attributes.deletedAt != null,
    }),
    getSessionAttributes: (attributes) => ({
      createdAt: attributes.createdAt,
      userAgent: attributes.userAgent,
      authenticatedAt: attributes.authenticatedAt,
    }),
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseUserAttributes: typeof users.$inferSelect;
    DatabaseSessionAttributes: {
      createdAt: Date;
      userAgent: string | null;
      authenticatedAt: Date | null;
    };
  }
}

const globalForLucia = globalThis as typeof globalThis & {
  __coupDeMainLucia?: ReturnType<typeof createLucia>;
};
function lucia() {
  globalForLucia.__coupDeMainLucia ??= createLucia();
  return globalForLucia.__coupDeMainLucia;
}

export type SessionUser = User;

/** What lucia's session ids are made of (and ours in tests): no encoding to undo. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The session id the request's cookie carries. lucia's own reader decodes
 * every cookie of the header and threw (a 500) on any with broken
 * percent-encoding, ours or not (`lang=%ZZ`): this reads only ours, and a
 * value that cannot be a session id is no session. When the cookie comes
 * twice, the last one counts, as with lucia.
 */
export function sessionIdOf(request: Request): string | null {
  const name = lucia().sessionCookieName;
  let sessionId: string | null = null;
  for (const pair of (request.headers.get("Cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at === -1 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    sessionId = SESSION_ID.test(value) ? value : null;
  }
  return sessionId;
}

type Auth = { user: User; session: Session } | { user: null; session: null };
const authByRequest = new WeakMap<Request, Promise<Auth>>();

/** The signed-in member and their session, validated once per request. */
export function getAuth(request: Request): Promise<Auth> {
  let auth = authByRequest.get(request);
  if (!auth) {
    auth = (async () => {
      const sessionId = sessionIdOf(request);
      if (!sessionId) return { user: null, session: null };
      const result = await lucia().validateSession(sessionId);
      if (!result.session || result.user.deleted) return { user: null, session: null };
      return result;
    })();
    authByRequest.set(request, auth);
  }
  return auth;
}

export async function getUser(request: Request): Promise<User | null> {
  return (await getAuth(request)).user;
}

/** The cookie to send back when the session was extended or has become invalid. */
export async function sessionCookieToRefresh(request: Request): Promise<string | null> {
  const sessionId = sessionIdOf(request);
  if (!sessionId) return null;
  const { session } = await getAuth(request);
  if (!session) return lucia().createBlankSessionCookie().serialize();
  return session.fresh ? lucia().createSessionCookie(session.id).serialize() : null;
}

/** The path and query of the page a request is for (an action's request: the page it was posted from). */
function pageOf(request: Request) {
  const url = new URL(request.url);
  url.searchParams.delete("index");
  url.searchParams.delete("_data");
  return url.pathname + url.search;
}

function signInUrl(request: Request) {
  return `/connexion?${new URLSearchParams({ redirectTo: pageOf(request) })}`;
}

/** For pages and actions that need a member: redirects visitors to sign in, then back. */
export async function requireUser(request: Request): Promise<User> {
  const user = await getUser(request);
  if (!user) throw redirect(signInUrl(request));
  return user;
}

/** Posting needs a confirmed email address. */
export async function requireVerifiedEmail(request: Request): Promise<User> {
  const user = await requireUser(request);
  if (!user.emailVerified) throw redirect("/verifier-email/en-attente");
  return user;
}

export async function requireAdmin(request: Request): Promise<User> {
  const user = await requireUser(request);
  if (!user.isAdmin) throw new Response("Forbidden", { status: 403 });
  return user;
}

/**
 * Whether the member proved their password in this session lately (signing
 * in, or on /confirmer-mot-de-passe): sensitive actions need it (sudo mode).
 */
export async function hasRecentlyAuthenticated(request: Request, now = new Date()) {
  const { session } = await getAuth(request);
  return isRecentlyAuthenticated(session?.authenticatedAt, now);
}

/**
 * For sensitive actions and the pages that offer them: the member, if this
 * session proved the password lately; otherwise the password is asked again
 * on /confirmer-mot-de-passe, which comes back to `returnTo` (by default the
 * page the request is for). The action itself calls it, so a request posted
 * directly is refused too, and changes nothing.
 */
export async function requireRecentAuthentication(
  request: Request,
  { returnTo = pageOf(request), now = new Date() }: { returnTo?: string; now?: Date } = {},
): Promise<User> {
  const user = await requireUser(request);
  if (!(await hasRecentlyAuthenticated(request, now))) {
    throw redirect(confirmPasswordUrl(returnTo));
  }
  return user;
}

/**
 * Signs a member in with a brand-new session (never reusing one that an
 * attacker could have planted) and redirects. `provedPassword`: the member
 * typed their password (or chose a new one), which opens sensitive actions
 * for a while; a session opened by an emailed link does not.
 */
export async function createUserSession(
  request: Request,
  userId: string,
  redirectTo: string,
  { provedPassword }: { provedPassword: boolean },
) {
  const now = new Date();
  const session = await lucia().createSession(userId, {
    createdAt: now,
    userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    authenticatedAt: provedPassword ? now : null,
  });
  const previous = sessionIdOf(request);
  if (previous) await lucia().invalidateSession(previous);
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": lucia().createSessionCookie(session.id).serialize() },
  });
}

export async function signOut(request: Request, redirectTo = "/") {
  const { session } = await getAuth(request);
  if (session) await lucia().invalidateSession(session.id);
  return redirect(redirectTo, {
    headers: { "Set-Cookie": lucia().createBlankSessionCookie().serialize() },
  });
}

/** Every session of a member, newest first, for the settings page. */
export function listSessions(userId: string) {
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Ends one of the member's own sessions (an id from another member does nothing). */
export async function revokeSession(userId: string, sessionId: string) {
  const owned = listSessions(userId).some((session) => session.id === sessionId);
  if (owned) await lucia().invalidateSession(sessionId);
  return owned;
}

/** "Log out everywhere": all of a member's sessions. */
export async function revokeAllSessions(userId: string) {
  await lucia().invalidateUserSessions(userId);
}
