import { randomInt } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { checkDatabaseFile } from "#db/backup/check";
import { openDatabase, type AppDatabase } from "#db/client";
import { places } from "#db/schema";
import { embeddedIndexIsBehind } from "#search/reindex";
import { createMember } from "#app/models/members/users.server";
import { startServer, type ServerProcess } from "#playwright/server-process";
import { insertSession, SESSION_COOKIE } from "#playwright/sessions";

/**
 * Crash safety, kept under test (issue 13): members post questions and
 * answers to the real production server, which is killed (`kill -9`) at a
 * random moment; before it starts again the database must pass SQLite's
 * integrity check and the FTS5 index's, with the search index not behind
 * (else start-up would rebuild it and hide a loss); once it is back, every
 * post whose answer came back (an acknowledged write) must be there and
 * found by search. Round after round, on a database of its own.
 */
export type CrashReport = {
  rounds: number;
  /** Posts sent, and those acknowledged (the redirect came back). */
  sent: number;
  acknowledged: number;
  /** Acknowledged posts missing after a restart, or that search does not find. */
  lost: string[];
  unfindable: string[];
  /** What the checks found wrong after a crash, by round. */
  damage: string[];
  ms: number;
};

type Post = {
  kind: "question" | "answer";
  /** The question's page, where the redirect pointed: /q/<id>/<slug>. */
  questionPath: string;
  questionId: number;
  token: string;
  round: number;
};

/** Posts an identity makes before another takes over: under the hourly rate limits. */
const POSTS_PER_IDENTITY = 8;
const DONGES = "44052";
/** A round posts this long at most, however few posts are acknowledged. */
const MAX_POSTING_MS = 30_000;

export async function runCrashRounds({
  rounds,
  posters = 4,
  acknowledgedPerRound = [3, 30],
  onRound,
}: {
  rounds: number;
  /** Members posting at the same time. */
  posters?: number;
  /**
   * The kill comes after a number of posts acknowledged in the round, at
   * random between the two, then a few milliseconds more so it lands in the
   * middle of requests: on a loaded machine as on an idle one.
   */
  acknowledgedPerRound?: [number, number];
  onRound?: (round: number, report: CrashReport) => void;
}): Promise<CrashReport> {
  const startedAt = performance.now();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-crash-"));
  const databasePath = path.join(folder, "crash.db");
  const report: CrashReport = {
    rounds: 0,
    sent: 0,
    acknowledged: 0,
    lost: [],
    unfindable: [],
    damage: [],
    ms: 0,
  };
  const acknowledged: Post[] = [];
  let server = await startServer({ databasePath });
  // The harness's own connection: members and their sessions, the checks.
  const db = openDatabase(databasePath);
  const identities = identitySource(db);
  try {
    for (let round = 1; round <= rounds; round++) {
      const posting = { stopped: false };
      const loops = Array.from({ length: posters }, () =>
        postUntilStopped(server, posting, identities, acknowledged, round, report),
      );
      const killAfter =
        acknowledged.length + randomInt(acknowledgedPerRound[0], acknowledgedPerRound[1] + 1);
      const deadline = Date.now() + MAX_POSTING_MS;
      while (acknowledged.length < killAfter && Date.now() < deadline) await sleep(5);
      await sleep(randomInt(0, 30));
      posting.stopped = true;
      await server.stop("SIGKILL");
      await Promise.all(loops);

      const problems = checkDatabaseFile(databasePath);
      if (embeddedIndexIsBehind(db)) problems.push("the search index is behind the questions");
      report.damage.push(...problems.map((problem) => `round ${round}: ${problem}`));
      if (problems.length) break;

      server = await startServer({ databasePath });
      await verify(
        server,
        acknowledged.filter((post) => post.round === round),
        report,
      );
      report.rounds = round;
      report.acknowledged = acknowledged.length;
      onRound?.(round, report);
    }
    // A later crash must not have undone an earlier round's writes either.
    await verify(server, acknowledged, report);
  } finally {
    await server.stop("SIGTERM");
    db.$client.close();
  }
  report.damage.push(...checkDatabaseFile(databasePath).map((problem) => `at the end: ${problem}`));
  report.ms = Math.round(performance.now() - startedAt);
  fs.rmSync(folder, { recursive: true, force: true });
  return report;
}

type Identity = { sessionId: string; ip: string; posts: number };

/** Members confirmed long ago (past the first-day limits), each with a session and an IP. */
function identitySource(db: AppDatabase) {
  const placeId = db.select({ id: places.id }).from(places).where(eq(places.code, DONGES)).get()!
    .id;
  let created = 0;
  return function nextIdentity(): Identity {
    created += 1;
    const id = createMember(db, {
      firstName: "Voisin",
      lastName: `Crash${created}`,
      email: `crash-${created}-${randomToken()}@exemple.fr`,
      passwordHash: "x",
      homePlaceId: placeId,
      locale: "fr",
      emailVerifiedAt: new Date(Date.now() - 30 * 86_400_000),
    });
    return {
      sessionId: insertSession(db, id, "crash-safety"),
      ip: `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
      posts: 0,
    };
  };
}

/**
 * One member after another posting: a question, or an answer to a question
 * acknowledged before, until the round stops. A redirect to the question is
 * the acknowledgement; a refusal (a rate limit) makes another member take
 * over; a connection cut by the kill acknowledges nothing.
 */
async function postUntilStopped(
  server: ServerProcess,
  posting: { stopped: boolean },
  nextIdentity: () => Identity,
  acknowledged: Post[],
  round: number,
  report: CrashReport,
) {
  let identity = nextIdentity();
  while (!posting.stopped) {
    if (identity.posts >= POSTS_PER_IDENTITY) identity = nextIdentity();
    const token = randomToken();
    // Half the time, an answer to one of the last questions acknowledged.
    const target =
      acknowledged.length && randomInt(2)
        ? acknowledged.at(-1 - randomInt(Math.min(acknowledged.length, 20)))!
        : null;
    const { url, form } = target
      ? {
          url: target.questionPath,
          form: { intent: "answer", body: `Oui, ${token} est passé chez nous ce matin.` },
        }
      : {
          url: "/demander",
          form: {
            kind: "question",
            placeCode: DONGES,
            category: "bricolage",
            title: `Qui a vu passer ${token} dans le quartier ?`,
            body: "Il avait l'air perdu.",
            tags: "",
          },
        };
    report.sent += 1;
    identity.posts += 1;
    try {
      const response = await fetch(server.origin + url, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Cookie: `${SESSION_COOKIE}=${identity.sessionId}`,
          Origin: server.origin,
          "X-Forwarded-For": identity.ip,
        },
        body: new URLSearchParams(form),
      });
      await response.body?.cancel();
      const redirect = /^(\/q\/(\d+)\/[^#?]+)/.exec(response.headers.get("location") ?? "");
      if (response.status >= 300 && response.status < 400 && redirect) {
        acknowledged.push({
          kind: target ? "answer" : "question",
          questionPath: redirect[1]!,
          questionId: Number(redirect[2]),
          token,
          round,
        });
      } else {
        identity = nextIdentity();
      }
    } catch {
      // Cut by the kill (or refused once the server is gone): not acknowledged.
    }
  }
}

/**
 * Every post is on its question (the JSON API), and search finds the
 * question by the post's word; what is not joins the report (once).
 */
async function verify(server: ServerProcess, posts: Post[], report: CrashReport) {
  const note = (list: string[], label: string) => {
    if (!list.includes(label)) list.push(label);
  };
  const get = async (url: string) => {
    const response = await fetch(server.origin + url, {
      headers: { "X-Forwarded-For": `10.250.${randomInt(256)}.${randomInt(1, 255)}` },
    });
    if (!response.ok) return null;
    return (await response.json()) as Record<string, unknown>;
  };
  for (const post of posts) {
    const label = `round ${post.round}: ${post.kind} ${post.token} on question ${post.questionId}`;
    const question = (await get(`/api/v1/questions/${post.questionId}`)) as {
      title: string;
      answers: { body: string }[];
    } | null;
    const present =
      post.kind === "question"
        ? question?.title.includes(post.token)
        : question?.answers.some((answer) => answer.body.includes(post.token));
    if (!present) note(report.lost, label);
    const found = (await get(`/api/v1/search?q=${post.token}&limit=50`)) as {
      hits: { id: number }[];
    } | null;
    if (!found?.hits.some((hit) => hit.id === post.questionId)) note(report.unfindable, label);
  }
}

/** A word no one else writes: search finds exactly what carries it. */
function randomToken() {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join("");
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
