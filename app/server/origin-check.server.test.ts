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

  it("takes every method but GET on a single-fetch .data address for a write, as Remix does", () => {
    const data = "/q/12/une-echelle.data";
    const evil = "https://evil.example";
    expect(isCrossSiteWrite({ method: "GET", origin: evil, host, path: data })).toBe(false);
    for (const method of ["HEAD", "OPTIONS", "POST"]) {
      expect(isCrossSiteWrite({ method, origin: evil, host, path: data })).toBe(true);
      expect(isCrossSiteWrite({ method, origin: "null", host, path: data })).toBe(true);
      expect(
        isCrossSiteWrite({ method, origin: "https://coupdemain.example", host, path: data }),
      ).toBe(false);
    }
    expect(isCrossSiteWrite({ method: "HEAD", origin: evil, host, path })).toBe(false);
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
