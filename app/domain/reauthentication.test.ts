import { describe, expect, it } from "vitest";
import {
  confirmPasswordUrl,
  isRecentlyAuthenticated,
  REAUTHENTICATION_WINDOW_MS,
} from "./reauthentication";

const signedInAt = new Date("2026-05-04T09:00:00Z");
const later = (minutes: number) => new Date(signedInAt.getTime() + minutes * 60_000);

describe("isRecentlyAuthenticated", () => {
  it("opens sensitive actions for 10 minutes after the password was typed", () => {
    expect(REAUTHENTICATION_WINDOW_MS).toBe(10 * 60_000);
    expect(isRecentlyAuthenticated(signedInAt, signedInAt)).toBe(true);
    expect(isRecentlyAuthenticated(signedInAt, later(9.9))).toBe(true);
    expect(isRecentlyAuthenticated(signedInAt, later(10))).toBe(false);
    expect(isRecentlyAuthenticated(signedInAt, later(60 * 24))).toBe(false);
  });

  it("never for a session that did not prove the password (an emailed link)", () => {
    expect(isRecentlyAuthenticated(null, signedInAt)).toBe(false);
    expect(isRecentlyAuthenticated(undefined, signedInAt)).toBe(false);
  });

  it("not for a time far in the future (a clock put back), a little skew is fine", () => {
    expect(isRecentlyAuthenticated(later(0.5), signedInAt)).toBe(true);
    expect(isRecentlyAuthenticated(later(5), signedInAt)).toBe(false);
  });
});

describe("confirmPasswordUrl", () => {
  it("comes back to the page, its query and its section", () => {
    const url = new URL(confirmPasswordUrl("/parametres?x=1#email-title"), "http://localhost");
    expect(url.pathname).toBe("/confirmer-mot-de-passe");
    expect(url.searchParams.get("retour")).toBe("/parametres?x=1#email-title");
    expect(url.hash).toBe("");
  });
});
