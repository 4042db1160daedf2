import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin-check.server";

describe("isCrossSiteWrite", () => {
  const host = "coupdemain.example";
  it("lets reads and same-origin writes through", () => {
    expect(isCrossSiteWrite({ method: "GET", origin: "https://evil.example", host })).toBe(false);
    expect(isCrossSiteWrite({ method: "POST", origin: "https://coupdemain.example", host })).toBe(
      false,
    );
    expect(isCrossSiteWrite({ method: "POST", origin: undefined, host })).toBe(false);
  });

  it("refuses writes from another origin, an opaque origin or a malformed one", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: "https://evil.example", host })).toBe(true);
    expect(
      isCrossSiteWrite({
        method: "delete",
        origin: "http://coupdemain.example.evil.example",
        host,
      }),
    ).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: "null", host })).toBe(true);
    expect(isCrossSiteWrite({ method: "PUT", origin: "::::", host })).toBe(true);
  });
});
