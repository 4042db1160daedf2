/**
 * Local news (« actualités », ADR 027): the vocabulary shared by forms in the
 * browser and the server. Browser-safe.
 */

/**
 * How far a post reaches: 0 is its commune alone, else its commune and the
 * communes whose centre lies within that many kilometres. The whole
 * intercommunality (EPCI) is not offered: the places table does not keep it
 * (the places import reads it only to place communes without a centre).
 */
export const NEWS_REACH_KM = [0, 5, 10, 20] as const;
export type NewsReachKm = (typeof NEWS_REACH_KM)[number];

export const NEWS_TITLE_MAX = 120;
export const NEWS_BODY_MAX = 10_000;

/**
 * A listing's posts wait for an ambassador's or a moderator's approval until
 * this many of them were approved: a new publisher shows what they publish
 * before it goes out to every follower of the place.
 */
export const NEWS_APPROVALS_BEFORE_TRUST = 3;

/** Radii a reader may choose on /p/:slug/actualites and in the API and feeds. */
export const NEWS_READER_RADII_KM = [0, 5, 10, 20, 50] as const;

/** Whether a post is out: waiting for approval, or published. */
export const NEWS_STATUSES = ["pending-approval", "published"] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** A publisher as the form sends it: "o:<listing id>" or "p:<place id>". */
export const PUBLISHER_VALUE = /^(o|p):(\d{1,12})$/;
