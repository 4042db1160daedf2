import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { declaredLimits, type ActionSpec } from "#app/server/actions.server";
import { methodNotAllowed } from "#app/server/api.server";
import { ACTION_LIMITS } from "#app/server/rate-limit.server";

/**
 * Every route that takes a write declares its limits (ADR 016): each module
 * under app/routes that exports an `action` made it with defineAction, and
 * declares a limit for each intent its schemas and forms name. A new action,
 * or a new intent, without a limit fails here.
 */
const routesDir = path.join(import.meta.dirname, "routes");

type RouteModule = { file: string; sources: string[] };

/** Flat route files, and folder routes (their route.tsx, with every file of the folder). */
function routeModules(): RouteModule[] {
  return fs
    .readdirSync(routesDir, { withFileTypes: true })
    .flatMap((entry): RouteModule[] => {
      const full = path.join(routesDir, entry.name);
      if (entry.isFile()) return [{ file: full, sources: [full] }];
      const folder = fs.readdirSync(full).map((name) => path.join(full, name));
      const route = folder.find((file) => /\/route\.tsx?$/.test(file));
      return route ? [{ file: route, sources: folder }] : [];
    })
    .filter(({ file }) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
}

/**
 * The intents a route knows from its code: `intent: z.literal("…")` and
 * `intent: z.enum([…])` in its schemas, `name="intent" value="…"` in its
 * forms (not those posting to another route), `intent === "…"` where it
 * reads one by hand.
 */
function intentsInSource(code: string): string[] {
  const found = new Set<string>();
  // A form that posts to another route (`action="/invitations"`) sends that route's intents.
  const source = code.replace(/<Form\b[^>]*\baction="\/[^"]*"[\s\S]*?<\/Form>/gi, "");
  for (const match of source.matchAll(/intent:\s*z\.literal\(\s*"([^"]+)"/g)) found.add(match[1]!);
  for (const match of source.matchAll(/intent:\s*z\.enum\(\s*\[([^\]]*)\]/g)) {
    for (const value of match[1]!.matchAll(/"([^"]+)"/g)) found.add(value[1]!);
  }
  for (const match of source.matchAll(/name="intent"\s+value="([^"]+)"/g)) found.add(match[1]!);
  for (const match of source.matchAll(/\bintent === "([^"]+)"/g)) found.add(match[1]!);
  return [...found].sort();
}

/** What is wrong with a route's action, for the failure message; empty when all is declared. */
function actionProblems(module: { action?: unknown; default?: unknown }, source: string): string[] {
  if (module.action === undefined) return [];
  // The read-only API answers every write with a JSON 405 and reads nothing.
  if (module.action === methodNotAllowed) return [];
  const spec: ActionSpec<string> | undefined = declaredLimits(module.action);
  if (!spec) return ["its action is not made with defineAction (app/server/actions.server.ts)"];
  const problems: string[] = [];
  if (module.default === undefined && (spec.reply ?? "page") === "page") {
    problems.push('it has no page to show a refusal: declare reply "text" or "json"');
  }
  const known = intentsInSource(source);
  const declared = spec.intents ? Object.keys(spec.intents).sort() : [];
  if (!spec.intents && known.length > 0) {
    problems.push(`it has intents (${known.join(", ")}): declare a limit for each`);
  }
  if (spec.intents) {
    const missing = known.filter((intent) => !declared.includes(intent));
    const stale = declared.filter((intent) => !known.includes(intent));
    if (missing.length) problems.push(`no limit for the intents ${missing.join(", ")}`);
    if (stale.length) problems.push(`limits for intents it never sends: ${stale.join(", ")}`);
  }
  const limits = spec.intents ? Object.values(spec.intents) : [spec.limit];
  for (const limit of limits) {
    if (!Object.hasOwn(ACTION_LIMITS, limit)) problems.push(`unknown limit ${limit}`);
  }
  return problems;
}

describe("every route action", () => {
  const modules = routeModules();

  it("finds the route modules", () => {
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.map(({ file }) => path.relative(routesDir, file))).toContain(
      "parametres/route.tsx",
    );
  });

  it("declares a limit for itself and for each of its intents", async () => {
    const report: Record<string, string[]> = {};
    const limited: string[] = [];
    for (const { file, sources } of modules) {
      const module = (await import(file)) as { action?: unknown; default?: unknown };
      const source = sources.map((each) => fs.readFileSync(each, "utf8")).join("\n");
      const problems = actionProblems(module, source);
      const name = path.relative(routesDir, file);
      if (problems.length) report[name] = problems;
      if (declaredLimits(module.action)) limited.push(name);
    }
    expect(report).toEqual({});
    // Every page that takes a form, at least: the list only grows.
    expect(limited.length).toBeGreaterThanOrEqual(27);
  });

  it("declares the settings page's intents, e-mail changes strictest", async () => {
    const settings = await import("#app/routes/parametres/route");
    expect(declaredLimits(settings.action)?.intents).toMatchObject({
      email: "emailChange",
      password: "passwordChange",
      delete: "sessions",
    });
  });
});

describe("actionProblems", () => {
  it("finds an action made without defineAction", () => {
    expect(actionProblems({ action: async () => null, default: () => null }, "")).toEqual([
      "its action is not made with defineAction (app/server/actions.server.ts)",
    ]);
  });

  it("finds an intent without a limit, and a limit for an intent gone", async () => {
    const { defineAction } = await import("#app/server/actions.server");
    const action = defineAction({ intents: { a: "profile", gone: "profile" } }, async () => null);
    const source = `z.discriminatedUnion("intent", [z.object({ intent: z.literal("a") }), z.object({ intent: z.literal("b") })])`;
    expect(actionProblems({ action, default: () => null }, source)).toEqual([
      "no limit for the intents b",
      "limits for intents it never sends: gone",
    ]);
    const single = defineAction({ limit: "profile" }, async () => null);
    expect(actionProblems({ action: single, default: () => null }, source)).toEqual([
      "it has intents (a, b): declare a limit for each",
    ]);
  });

  it("finds a resource route whose refusals would need a page", async () => {
    const { defineAction } = await import("#app/server/actions.server");
    const action = defineAction({ limit: "profile" }, async () => null);
    expect(actionProblems({ action }, "")).toEqual([
      'it has no page to show a refusal: declare reply "text" or "json"',
    ]);
  });

  it("reads intents from schemas and forms", () => {
    const source = `
      intent: z.enum(["block", "unblock"]),
      intent: z.literal("remove"),
      <input type="hidden" name="intent" value="follow" />
      if (intent === "unfollow") {
      <Form method="post" action="/invitations">
        <button type="submit" name="intent" value="create">Créer</button>
      </Form>`;
    expect(intentsInSource(source)).toEqual(["block", "follow", "remove", "unblock", "unfollow"]);
  });
});
