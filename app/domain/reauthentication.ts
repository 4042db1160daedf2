/**
 * Sudo mode: sensitive actions (changing the email address, deleting the
 * account, appointing staff, printing verification codes) need the session to
 * have proved the password lately, so a stolen session alone cannot take the
 * account over. Older than this, the password is asked again.
 */
export const REAUTHENTICATION_WINDOW_MS = 10 * 60 * 1000;

/** The page that asks for the password again, then sends the member back to `returnTo`. */
export const CONFIRM_PASSWORD_PATH = "/confirmer-mot-de-passe";

/** Whether a password proved at `authenticatedAt` still opens sensitive actions at `now`. */
export function isRecentlyAuthenticated(
  authenticatedAt: Date | null | undefined,
  now: Date = new Date(),
): boolean {
  if (!authenticatedAt) return false;
  const age = now.getTime() - authenticatedAt.getTime();
  // A time in the future (a clock moved back) is not trusted either.
  return age >= -60_000 && age < REAUTHENTICATION_WINDOW_MS;
}

/** The address of the confirmation page that comes back to `returnTo` (a path of this site). */
export function confirmPasswordUrl(returnTo: string): string {
  return `${CONFIRM_PASSWORD_PATH}?${new URLSearchParams({ retour: returnTo })}`;
}
