import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirect("/p/donges-44480?radius=5")).toBe("/p/donges-44480?radius=5");
  });

  it("refuses other origins and junk", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "",
      null,
      undefined,
    ]) {
      expect(safeRedirect(bad)).toBe("/");
    }
    expect(safeRedirect("https://evil.example", "/home")).toBe("/home");
  });
});
