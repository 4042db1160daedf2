import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The floors of ADR 010 are enforced by `npm run lint` (dependency-cruiser).
 * These tests run the project's own rules on a small tree of fixture files,
 * laid out as the app is, to show that a forbidden import fails and an
 * allowed one passes.
 */
const projectRoot = path.resolve(import.meta.dirname, "..");
const fixtures: Record<string, string> = {
  "db/schema.ts": `export const users = "users";\n`,
  "search/engine.ts": `export type SearchEngine = { name: string };\n`,
  "app/domain/geo.ts": `export const EARTH_KM = 6371;\n`,
  "app/server/db.server.ts": `import { users } from "#db/schema";\nexport const table = users;\n`,
  "app/models/questions/list.server.ts": `import { users } from "#db/schema";\nimport { EARTH_KM } from "#app/domain/geo";\nexport const list = [users, EARTH_KM];\n`,
  "app/components/bad-schema.tsx": `import { users } from "#db/schema";\nexport const Bad = () => users;\n`,
  "app/components/bad-engine.tsx": `import type { SearchEngine } from "#search/engine";\nexport type Bad = SearchEngine;\n`,
  "app/components/fine.tsx": `import { EARTH_KM } from "#app/domain/geo";\nexport const Fine = () => EARTH_KM;\n`,
  "app/routes/one.tsx": `import { list } from "#app/models/questions/list.server";\nexport const one = list;\n`,
  "app/routes/two.tsx": `import { one } from "#app/routes/one";\nexport const two = one;\n`,
  "app/routes/q.$id.$slug/route.tsx": `import { part } from "./parts";\nexport const route = part;\n`,
  "app/routes/q.$id.$slug/parts.tsx": `export const part = 1;\n`,
  "app/routes/m.$id/route.tsx": `import { part } from "#app/routes/q.$id.$slug/parts";\nexport const route = part;\n`,
  "app/models/circle/a.server.ts": `import { b } from "./b.server";\nexport const a = () => b;\n`,
  "app/models/circle/b.server.ts": `import { a } from "./a.server";\nexport const b = () => a;\n`,
  "test/members.ts": `export const member = "m";\n`,
  "app/models/uses-test.server.ts": `import { member } from "#test/members";\nexport const m = member;\n`,
};

type Violation = { from: string; to: string; rule: { name: string } };
let violations: Violation[] = [];
let folder = "";

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-floors-"));
  for (const [file, text] of Object.entries(fixtures)) {
    fs.mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  const tsconfig = JSON.parse(fs.readFileSync(path.join(projectRoot, "tsconfig.json"), "utf8"));
  fs.writeFileSync(
    path.join(folder, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...tsconfig.compilerOptions, types: [] } }),
  );
  let output: string;
  try {
    output = execFileSync(
      path.join(projectRoot, "node_modules/.bin/depcruise"),
      [
        "app",
        "db",
        "search",
        "test",
        "--config",
        path.join(projectRoot, ".dependency-cruiser.cjs"),
        "--output-type",
        "json",
      ],
      { cwd: folder, encoding: "utf8" },
    );
  } catch (error) {
    // depcruise exits with the number of errors; its report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  violations = JSON.parse(output).summary.violations;
}, 60_000);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const rulesBroken = (from: string) =>
  violations.filter((violation) => violation.from === from).map((violation) => violation.rule.name);

describe("npm run lint's floors", () => {
  it("fails a component that imports #db/schema or #search/engine", () => {
    expect(rulesBroken("app/components/bad-schema.tsx")).toContain("components-points-down");
    expect(rulesBroken("app/components/bad-schema.tsx")).toContain(
      "db-and-search-only-from-server-modules",
    );
    expect(rulesBroken("app/components/bad-engine.tsx")).toContain("components-points-down");
  });

  it("fails a route that imports another route, flat or folder", () => {
    expect(rulesBroken("app/routes/two.tsx")).toContain("flat-routes-do-not-import-routes");
    expect(rulesBroken("app/routes/m.$id/route.tsx")).toContain("routes-do-not-import-routes");
  });

  it("fails an import circle", () => {
    expect(rulesBroken("app/models/circle/a.server.ts")).toContain("no-circular");
  });

  it("fails app code that imports test support", () => {
    expect(rulesBroken("app/models/uses-test.server.ts")).toContain("no-test-support-in-the-app");
  });

  it("passes imports that point down, and a folder route importing its own parts", () => {
    for (const file of [
      "app/components/fine.tsx",
      "app/routes/one.tsx",
      "app/routes/q.$id.$slug/route.tsx",
      "app/models/questions/list.server.ts",
      "app/server/db.server.ts",
    ]) {
      expect(rulesBroken(file), file).toEqual([]);
    }
  });
});
