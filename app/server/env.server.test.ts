import { describe, expect, it } from "vitest";
import {
  legalSettings,
  parseEnv,
  snapshotSettings,
  trustProxySchema,
  uploadsDirectory,
} from "./env.server";

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

describe("backup and uploads settings", () => {
  it("put the uploads beside the database unless UPLOADS_DIR says where", () => {
    expect(uploadsDirectory(parseEnv({ DATABASE_PATH: "/srv/cdm/data/cdm.db" }))).toBe(
      "/srv/cdm/data/uploads",
    );
    expect(uploadsDirectory(parseEnv({ UPLOADS_DIR: "/mnt/images" }))).toBe("/mnt/images");
  });

  it("take snapshots only with BACKUP_DIR, daily and 7 kept unless told", () => {
    expect(snapshotSettings(parseEnv({}))).toBeNull();
    expect(snapshotSettings(parseEnv({ BACKUP_DIR: "/backups" }))).toEqual({
      dir: "/backups",
      everyHours: 24,
      keep: 7,
    });
    expect(
      snapshotSettings(
        parseEnv({ BACKUP_DIR: "/backups", BACKUP_EVERY_HOURS: "0.5", BACKUP_KEEP: "48" }),
      ),
    ).toEqual({ dir: "/backups", everyHours: 0.5, keep: 48 });
  });

  it("refuse what cannot work, naming the variable", () => {
    expect(() => parseEnv({ BACKUP_KEEP: "3" })).toThrow(
      /BACKUP_KEEP: BACKUP_KEEP needs BACKUP_DIR/,
    );
    expect(() => parseEnv({ BACKUP_EVERY_HOURS: "6" })).toThrow(/BACKUP_EVERY_HOURS: .*needs/);
    expect(() => parseEnv({ BACKUP_DIR: "/b", BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
    expect(() => parseEnv({ BACKUP_DIR: "/b", BACKUP_KEEP: "2.5" })).toThrow(/BACKUP_KEEP/);
    expect(() => parseEnv({ BACKUP_DIR: "/b", BACKUP_EVERY_HOURS: "0" })).toThrow(
      /BACKUP_EVERY_HOURS/,
    );
    expect(() => parseEnv({ BACKUP_DIR: "/b", BACKUP_EVERY_HOURS: "souvent" })).toThrow(
      /BACKUP_EVERY_HOURS/,
    );
    expect(() =>
      parseEnv({ DATABASE_PATH: "/srv/data/cdm.db", BACKUP_DIR: "/srv/data/uploads/backups" }),
    ).toThrow(/BACKUP_DIR: BACKUP_DIR must not be inside the uploads folder/);
  });
});

describe("the test clock (ADR 024)", () => {
  it("is only for a server whose public address is its own machine", () => {
    expect(() => parseEnv({ TEST_CLOCK: "cookie" })).toThrow(/TEST_CLOCK: .*end-to-end tests/);
    expect(() =>
      parseEnv({
        TEST_CLOCK: "cookie",
        PUBLIC_URL: "https://coupdemain.fr",
        NODE_ENV: "production",
      }),
    ).toThrow(/TEST_CLOCK/);
    expect(() => parseEnv({ TEST_CLOCK: "yes", PUBLIC_URL: "http://localhost:3000" })).toThrow(
      /TEST_CLOCK/,
    );
    expect(
      parseEnv({
        TEST_CLOCK: "cookie",
        PUBLIC_URL: "http://localhost:3226",
        NODE_ENV: "production",
      }).TEST_CLOCK,
    ).toBe("cookie");
    expect(parseEnv({}).TEST_CLOCK).toBeUndefined();
  });
});

describe("the source code link and the legal notice", () => {
  it("link the project's repository by default, and nothing else of the legal notice", () => {
    expect(legalSettings(parseEnv({}))).toEqual({
      publisherName: null,
      publisherAddress: null,
      contactEmail: null,
      director: null,
      host: null,
      sourceCodeUrl: "https://github.com/coup-de-main/coup-de-main",
    });
  });

  it("take the publisher's fields, trimmed", () => {
    const legal = legalSettings(
      parseEnv({
        LEGAL_PUBLISHER_NAME: " Association Coup de main Donges ",
        LEGAL_CONTACT_EMAIL: "contact@coupdemain.fr",
        SOURCE_CODE_URL: "https://git.example.org/fork",
      }),
    );
    expect(legal.publisherName).toBe("Association Coup de main Donges");
    expect(legal.contactEmail).toBe("contact@coupdemain.fr");
    expect(legal.sourceCodeUrl).toBe("https://git.example.org/fork");
  });

  it("refuse a source link that is not a web address, and a contact that is not an address", () => {
    expect(() => parseEnv({ SOURCE_CODE_URL: "javascript:alert(1)" })).toThrow(/SOURCE_CODE_URL/);
    expect(() => parseEnv({ LEGAL_CONTACT_EMAIL: "contact" })).toThrow(/LEGAL_CONTACT_EMAIL/);
    expect(() => parseEnv({ LEGAL_PUBLISHER_NAME: "   " })).toThrow(/LEGAL_PUBLISHER_NAME/);
  });
});
