/**
 * A member's home: the commune they live in and how far around it they look
 * ("Autour de moi", and the follow every member starts with). The radii are
 * those both the question lists and the follows know, so one choice serves both.
 */
export const HOME_RADII_KM = [2, 5, 10] as const;
export type HomeRadiusKm = (typeof HOME_RADII_KM)[number];
export const DEFAULT_HOME_RADIUS_KM: HomeRadiusKm = 10;

export function isHomeRadius(value: number): value is HomeRadiusKm {
  return (HOME_RADII_KM as readonly number[]).includes(value);
}

/** What "Autour de moi" shows of each kind: a glance, with a link to the full lists. */
export const HOME_FEED_LIMITS = { helpRequests: 5, questions: 10, answers: 5 } as const;
/** Answers older than this are not "new" any more. */
export const HOME_RECENT_ANSWERS_DAYS = 14;

/** Ambassadors and neighbours to ask: within this distance of the member's home. */
export const VERIFY_NEAR_KM = 10;

/** A personal invite link works this long, and a member keeps at most this many open. */
export const INVITATION_LIFETIME_DAYS = 30;
export const MAX_OPEN_INVITATIONS = 10;
