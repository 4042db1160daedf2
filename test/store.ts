import type { AppDatabase } from "#db/client";
import { embeddedWriter } from "#search/embedded/writer";
import type { Store } from "#app/server/search.server";

/** A database with the embedded search writer, as models that change questions take it. */
export function embeddedStore(db: AppDatabase): Store {
  return { db, search: embeddedWriter };
}
