/**
 * The floors of the code (ADR 010), checked by `npm run lint`. Imports only
 * point down:
 *
 *   entry points   app/main.server.ts, app/start-up.server.ts, scripts/
 *   routes         app/routes/, app/root.tsx
 *   components     app/components/
 *   models         app/models/<feature>/
 *   platform       app/server/ (env, connection, session, mail, rate limits…)
 *   search         search/
 *   db             db/
 *   ground floor   app/domain/, app/i18n/ (browser-safe; imports nothing of ours above it)
 *
 * Tests (`*.test.ts`, playwright/) may import any floor; test support (test/,
 * playwright/) is never imported by the app.
 */
const floors = {
  entry:
    "^(app/main\\.server\\.ts|app/start-up\\.server\\.ts|app/entry\\.(server|client)\\.tsx|scripts/)",
  routes: "^(app/routes/|app/root\\.tsx|app/routes\\.ts)",
  components: "^app/components/",
  models: "^app/models/",
  platform: "^app/server/",
  search: "^search/",
  db: "^db/",
  ground: "^app/(domain|i18n)/",
  testSupport: "^(test|playwright)/",
};
const tests = "(\\.test\\.tsx?$|^playwright/tests/|^test/)";

/** A floor may import itself and what is below it; `above` lists what it may not. */
function pointsDown(name, above, comment) {
  return {
    name: `${name}-points-down`,
    comment,
    severity: "error",
    from: { path: floors[name], pathNot: tests },
    to: { path: above.map((floor) => floors[floor]) },
  };
}

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "An import circle: one of its modules belongs a floor lower, or the shared piece in its own module.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    pointsDown(
      "routes",
      ["entry"],
      "Routes are reached by Remix, not imported by what they serve.",
    ),
    pointsDown(
      "components",
      ["entry", "routes", "models", "platform", "search", "db"],
      "Components render what routes give them: no data access, no route imports (move a shared type down).",
    ),
    pointsDown(
      "models",
      ["entry", "routes", "components"],
      "Models are data functions: they never import pages or components.",
    ),
    pointsDown(
      "platform",
      ["entry", "routes", "components", "models"],
      "app/server/ is the plumbing under the models; it must not know features.",
    ),
    pointsDown(
      "search",
      ["entry", "routes", "components", "models", "platform"],
      "search/ sits under the app: it takes the database and settings it is given.",
    ),
    pointsDown(
      "db",
      ["entry", "routes", "components", "models", "platform", "search"],
      "db/ is the schema, the connection, migrations and the places import: nothing above it.",
    ),
    pointsDown(
      "ground",
      ["entry", "routes", "components", "models", "platform", "search", "db"],
      "The ground floor is pure, browser-safe domain code that every floor may import.",
    ),
    {
      name: "routes-do-not-import-routes",
      comment: "A route module imports no other route (a folder route may import its own parts).",
      severity: "error",
      // The folder's name comes back in pathNot as regex text: its "$"s are
      // matched apart, since "q.$id.$slug" would read "$" as the end.
      from: { path: "^app/routes/([^/$]*)[$]?([^/$]*)[$]?([^/$]*)[$]?([^/$]*)/" },
      to: { path: "^app/routes/", pathNot: "^app/routes/$1[$]?$2[$]?$3[$]?$4/" },
    },
    {
      name: "flat-routes-do-not-import-routes",
      comment:
        "A route module imports no other route: move what they share to a component or a model.",
      severity: "error",
      from: { path: "^app/routes/[^/]+$" },
      to: { path: "^app/routes/" },
    },
    {
      name: "db-and-search-only-from-server-modules",
      comment:
        "db/ and search/ are server code: reach them from a *.server.ts module, never from a route, component or browser-safe module.",
      severity: "error",
      from: { path: "^app/", pathNot: ["\\.server\\.tsx?$", tests] },
      to: { path: [floors.db, floors.search] },
    },
    {
      name: "no-server-code-in-components",
      comment: "Components reach the browser: they never import a *.server module.",
      severity: "error",
      from: { path: [floors.components, floors.ground], pathNot: ["\\.server\\.tsx?$", tests] },
      to: { path: "\\.server\\.tsx?$" },
    },
    {
      name: "no-test-support-in-the-app",
      comment: "Test support (test/, playwright/) is for tests only.",
      severity: "error",
      from: { path: "^(app|db|search|scripts)/", pathNot: tests },
      to: { path: floors.testSupport },
    },
    {
      name: "no-vitest-outside-tests",
      comment: "Only tests and their support import the test runner.",
      severity: "error",
      from: { path: "^(app|db|search|scripts)/", pathNot: tests },
      to: { path: "node_modules/(vitest|@vitest|@playwright)/" },
    },
  ],
  options: {
    includeOnly: {
      path: [
        "^(app|db|search|scripts|test|playwright)/",
        "node_modules/(vitest|@vitest|@playwright)/",
      ],
    },
    exclude: { path: ["^build/", "\\.cache/"] },
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a component importing a route's type is still a route import.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
