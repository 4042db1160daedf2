import type { AppDatabase } from "#db/client";
import type { Actor } from "#app/models/members/privileges.server";
import { sendMessage } from "#app/models/messages/send.server";
import { refused, type Outcome } from "#app/models/refusals";
import { listingSummary, managersOf } from "./claims.server";

/**
 * A neighbour writes to a listing: the message goes to each of its managers
 * as a private message (their bell, and the e-mail their settings choose),
 * headed with the listing's name, so no address is ever shown and each
 * manager answers in the messages. A manager who blocked the writer is
 * skipped; refused only when no manager could receive it.
 */
export function messageListing(
  db: AppDatabase,
  actor: Actor,
  organisationId: number,
  body: string,
  now = new Date(),
): Outcome<{ recipients: number }> {
  const listing = listingSummary(db, organisationId);
  if (!listing) return refused({ reason: "not-found" });
  const managers = managersOf(db, organisationId).filter((manager) => manager.userId !== actor.id);
  if (managers.length === 0) return refused({ reason: "listing-without-manager" });
  const text = `« ${listing.name} »\n\n${body.trim()}`;
  let recipients = 0;
  let firstRefusal: Outcome<{ recipients: number }> | null = null;
  db.transaction(() => {
    for (const manager of managers) {
      const sent = sendMessage(db, actor, { toUserId: manager.userId, body: text }, now);
      if (sent.ok) recipients += 1;
      else firstRefusal ??= sent;
    }
  });
  if (recipients === 0) return firstRefusal ?? refused({ reason: "listing-without-manager" });
  return { ok: true, recipients };
}
