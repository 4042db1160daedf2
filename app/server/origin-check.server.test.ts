import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin-check.server";

describe("isCrossSiteWrite", () => {
  const host = "coupdemain.example";
  const path = "/q/12/une-echelle";
  it("lets reads and same-origin writes through", () => {
    expect(isCrossSiteWrite({ method: "GET", origin: "https://evil.example", host, path })).toBe(
      false,
    );
    expect(
      isCrossSiteWrite({ method: "POST", origin: "https://coupdemain.example", host, path }),
    ).toBe(false);
    expect(isCrossSiteWrite({ method: "POST", origin: undefined, host, path })).toBe(false);
  });

  it("refuses writes from another origin, an opaque origin or a malformed one", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: "https://evil.example", host, path })).toBe(
      true,
    );
    expect(
      isCrossSiteWrite({
        method: "delete",
        origin: "http://coupdemain.example.evil.example",
        host,
        path,
      }),
    ).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: "null", host, path })).toBe(true);
    expect(isCrossSiteWrite({ method: "PUT", origin: "::::", host, path })).toBe(true);
  });

  it("lets the one-click unsubscribe POST through from anywhere, and nothing else", () => {
    const evil = "https://mail.provider.example";
    expect(
      isCrossSiteWrite({ method: "POST", origin: evil, host, path: "/desabonnement/abc123" }),
    ).toBe(false);
    expect(
      isCrossSiteWrite({ method: "POST", origin: "null", host, path: "/desabonnement/x" }),
    ).toBe(false);
    for (const other of [
      "/desabonnement",
      "/desabonnement/abc/autre",
      "/parametres/notifications",
      "/x/desabonnement/abc",
    ]) {
      expect(isCrossSiteWrite({ method: "POST", origin: evil, host, path: other })).toBe(true);
    }
    expect(
      isCrossSiteWrite({ method: "DELETE", origin: evil, host, path: "/desabonnement/abc123" }),
    ).toBe(true);
  });
});
