/**
 * The database schema: every table, assembled from one file an area in
 * db/tables/. This is the one module that re-exports others, because Drizzle
 * wants a single schema: `drizzle(sqlite, { schema })` in db/client.ts and
 * `schema` in drizzle.config.ts read it, and the app imports its tables from
 * `#db/schema` wherever they live.
 */
export * from "./tables/places";
export * from "./tables/members";
export * from "./tables/invitations";
export * from "./tables/questions";
export * from "./tables/notifications";
export * from "./tables/messages";
export * from "./tables/moderation";
export * from "./tables/bookkeeping";
export * from "./tables/images";
export * from "./tables/directory";
export * from "./tables/deals";
export * from "./tables/events";
export * from "./tables/news";
