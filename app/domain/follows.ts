/** The radii a member may follow around a place; 0 is the place alone. Shared by the form and the server. */
export const FOLLOW_RADII_KM = [0, 2, 5, 10, 20] as const;
export type FollowRadiusKm = (typeof FOLLOW_RADII_KM)[number];
/** Enough for a home, a workplace and the family; more would flood the bell. */
export const MAX_FOLLOWS = 20;
