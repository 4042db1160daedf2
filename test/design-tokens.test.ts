import fs from "node:fs";
import path from "node:path";
import stylelint from "stylelint";
import { describe, expect, it } from "vitest";

/**
 * `npm run lint` runs stylelint with stylelint.config.mjs: colours, spacings,
 * radii and type sizes come from app/styles/tokens.css. These tests run the
 * project's own config on small snippets, and check that the tokens the
 * stylesheets use are the tokens tokens.css defines (a misspelt var() passes
 * the linter but silently drops the declaration in the browser).
 */
const projectRoot = path.resolve(import.meta.dirname, "..");
const stylesFolder = path.join(projectRoot, "app/styles");

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const result = await stylelint.lint({
    code,
    codeFilename: path.join(stylesFolder, file),
    configFile: path.join(projectRoot, "stylelint.config.mjs"),
    cwd: projectRoot,
  });
  return result.results.flatMap((fileResult) => fileResult.warnings.map((warning) => warning.rule));
}

describe("npm run lint's design tokens", () => {
  it("fails a raw colour in a feature stylesheet, whatever its spelling", async () => {
    expect(await rulesBroken("places.css", ".a {\n  color: #1d5c4d;\n}\n")).toContain(
      "color-no-hex",
    );
    expect(await rulesBroken("places.css", ".a {\n  background: rgb(0 0 0 / 50%);\n}\n")).toContain(
      "function-disallowed-list",
    );
    expect(await rulesBroken("places.css", ".a {\n  border: 1px solid white;\n}\n")).toContain(
      "color-named",
    );
  });

  it("fails a raw spacing, radius or font size", async () => {
    const broken = await rulesBroken(
      "places.css",
      ".a {\n  padding: 3px var(--space-8);\n  gap: 1rem;\n  border-radius: 5px;\n  font-size: 0.9rem;\n}\n",
    );
    expect(
      broken.filter((rule) => rule === "scale-unlimited/declaration-strict-value"),
    ).toHaveLength(4);
  });

  it("fails a rule that reaches for the palette instead of a colour's role", async () => {
    expect(
      await rulesBroken("places.css", ".a {\n  color: var(--palette-pine-700);\n}\n"),
    ).toContain("declaration-property-value-disallowed-list");
  });

  it("passes tokens, keywords and a negated spacing", async () => {
    const code = [
      ".a {",
      "  margin: 0 auto calc(-1 * var(--space-8));",
      "  padding: var(--space-4) var(--space-12);",
      "  border: 1px solid var(--color-border);",
      "  border-radius: var(--radius-lg) 0 0 var(--radius-lg);",
      "  color: currentcolor;",
      "  background: transparent;",
      "  font-size: var(--font-size-90);",
      "}",
      "",
    ].join("\n");
    expect(await rulesBroken("places.css", code)).toEqual([]);
  });

  it("lets tokens.css, and only it, name raw values", async () => {
    const code =
      ":root {\n  --palette-sand-50: #f7f5f0;\n  --color-page: var(--palette-sand-50);\n}\n";
    expect(await rulesBroken("tokens.css", code)).toEqual([]);
    expect(await rulesBroken("base.css", code)).toContain("color-no-hex");
  });
});

describe("the stylesheets' tokens", () => {
  const sheets = fs
    .readdirSync(stylesFolder)
    .filter((file) => file.endsWith(".css"))
    .map((file) => ({ file, text: fs.readFileSync(path.join(stylesFolder, file), "utf8") }));
  const tokensText = sheets.find((sheet) => sheet.file === "tokens.css")?.text ?? "";
  const defined = new Set(
    [...tokensText.matchAll(/^\s*(--[a-z0-9-]+):/gm)].map((match) => match[1]),
  );
  const used = (text: string) =>
    new Set([...text.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]));

  it("uses only tokens that tokens.css defines", () => {
    const undefinedTokens = sheets.flatMap(({ file, text }) =>
      [...used(text)].filter((name) => !defined.has(name!)).map((name) => `${file}: ${name}`),
    );
    expect(defined.size).toBeGreaterThan(50);
    expect(undefinedTokens).toEqual([]);
  });

  it("defines no token that nothing uses", () => {
    const everyUse = new Set(sheets.flatMap(({ text }) => [...used(text)]));
    expect([...defined].filter((name) => !everyUse.has(name))).toEqual([]);
  });
});
