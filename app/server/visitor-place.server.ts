import { createCookie } from "@remix-run/node";
import { getEnv } from "./env.server";

/**
 * The commune a visitor chose (by opening its page, or on the home page),
 * remembered for six months so the home page and the header's search start
 * there. It holds an INSEE code and nothing else: no account, no position.
 */
const visitorPlaceCookie = createCookie("commune", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: getEnv().NODE_ENV === "production",
  maxAge: 60 * 60 * 24 * 183,
});

/** INSEE codes: five characters, digits or 2A/2B (Corsica). */
const PLACE_CODE = /^[0-9][0-9AB][0-9]{3}$/;

/** The INSEE code of the visitor's chosen commune, or null. */
export async function visitorPlaceCode(request: Request): Promise<string | null> {
  const value: unknown = await visitorPlaceCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && PLACE_CODE.test(value) ? value : null;
}

/** The Set-Cookie header that remembers a commune (or null when it is already the one). */
export async function rememberVisitorPlace(request: Request, code: string) {
  if ((await visitorPlaceCode(request)) === code) return null;
  return visitorPlaceCookie.serialize(code);
}

/** The Set-Cookie header that forgets the chosen commune. */
export function forgetVisitorPlace() {
  return visitorPlaceCookie.serialize("", { maxAge: 0 });
}
