import { describe, expect, it } from "vitest";
import { trustProxySchema } from "./env.server";

describe("TRUST_PROXY", () => {
  it("takes a hop count, 0 trusting nobody", () => {
    expect(trustProxySchema.parse("0")).toBe(0);
    expect(trustProxySchema.parse("1")).toBe(1);
    expect(trustProxySchema.parse(" 2 ")).toBe(2);
  });

  it("takes a list of trusted addresses, subnets and Express's names", () => {
    expect(trustProxySchema.parse("127.0.0.1, 10.0.0.0/8,fd00::/8 ,::1,loopback")).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "fd00::/8",
      "::1",
      "loopback",
    ]);
  });

  it("refuses anything else, naming what is wrong", () => {
    for (const value of [
      "true",
      "yes",
      "",
      "-1",
      "1.5",
      "10.0.0.0/33",
      "::1/129",
      "1.2.3",
      "10.0.0.1,",
    ]) {
      const parsed = trustProxySchema.safeParse(value);
      expect(parsed.success, value).toBe(false);
    }
    const parsed = trustProxySchema.safeParse("10.0.0.1, proxy.internal");
    expect(parsed.error?.issues[0]?.message).toContain('not "proxy.internal"');
  });
});
