import { describe, expect, it } from "vitest";
import { silentProgress } from "#db/progress";
import { createSearch } from "#search/create-search";
import { loadCorpusPlaces } from "#scripts/bench/search-corpus";
import { copyPlacesDatabase } from "#test/databases";
import { createCommunity } from "./community";
import { seedScale } from "./load";

const options = { questions: 80, members: 40, seed: 7 };

/** What a community looks like from its tables, without row ids or generated slugs' ids. */
function contents(db: ReturnType<typeof copyPlacesDatabase>) {
  const all = (sql: string) => db.$client.prepare(sql).all();
  return {
    questions: all(
      "SELECT title, kind, category, answer_count, score, accepted_answer_id IS NOT NULL AS solved, created_at FROM questions ORDER BY id",
    ),
    reputation: all("SELECT email, reputation FROM users ORDER BY email"),
    votes: all("SELECT count(*), sum(value) FROM votes"),
    comments: all("SELECT body, created_at FROM comments ORDER BY id"),
    notifications: all("SELECT count(*) FROM notifications"),
  };
}

describe("seed:scale", () => {
  const first = copyPlacesDatabase();
  const second = copyPlacesDatabase();

  it("stores every generated record, through the import's own rules", async () => {
    const community = createCommunity(loadCorpusPlaces(first), options);
    const lines = Array.from({ length: options.questions }, (_, i) =>
      community.questionLines(i + 1),
    ).flat();
    const ofType = (type: string) => lines.filter((line) => line.includes(`"type":"${type}"`));

    const report = await seedScale(first, options, silentProgress);

    expect(report.rows.users).toBe(options.members);
    expect(report.rows.questions).toBe(options.questions);
    expect(report.rows.answers).toBe(ofType("answer").length);
    expect(report.rows.comments).toBe(ofType("comment").length);
    expect(report.rows.votes).toBe(ofType("vote").length);
    expect(report.rows.search_documents).toBe(options.questions);
    // Accepted answers, votes and the answers' notifications happened as an import makes them.
    const accepted = ofType("answer").filter((line) => line.includes('"accepted":true')).length;
    expect(
      first.$client
        .prepare("SELECT count(*) FROM questions WHERE accepted_answer_id IS NOT NULL")
        .pluck()
        .get(),
    ).toBe(accepted);
    expect(report.rows.reputation_events).toBeGreaterThan(0);
    // Each asker hears of their question's answers (one notification a thread, updated).
    const answered = new Set(ofType("answer").map((line) => JSON.parse(line).question)).size;
    expect(report.rows.notifications).toBeGreaterThanOrEqual(answered);
    // Every third member follows their home.
    expect(report.rows.follows).toBe(Math.ceil(options.members / 3));
    // The page cache's triggers are back.
    const triggers = first.$client
      .prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'content_versions_%'",
      )
      .pluck()
      .get() as number;
    expect(triggers).toBeGreaterThan(10);
  });

  it("is found by search, and the same community comes out of the same seed", async () => {
    await seedScale(second, options, silentProgress);
    expect(contents(second)).toEqual(contents(first));

    const title = first.$client
      .prepare("SELECT title FROM questions ORDER BY id LIMIT 1")
      .pluck()
      .get() as string;
    const word = title.split(/\s+/).filter((w) => w.length > 6)[0]!;
    const { engine } = createSearch(second, { meilisearch: null });
    const result = await engine.search({ text: word, limit: 50 });
    expect(result.hits.map((hit) => hit.title)).toContain(title);
  });
});
