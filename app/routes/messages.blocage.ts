import { redirect } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { blockMember, unblockMember } from "#app/models/messages/blocks.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { safeRedirect } from "#app/domain/safe-redirect";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

const blockSchema = z.object({
  intent: z.enum(["block", "unblock"]),
  memberId: z.string().min(1).max(40),
  redirectTo: z.string().max(500).optional(),
});

/** Only forms post here; a visit goes to the messages. */
export function loader() {
  return redirect("/messages");
}

/** Blocks or unblocks a member for the signed-in member only, then goes back where they were. */
export const action = defineAction(
  { intents: { block: "block", unblock: "block" } },
  async ({ request, form }) => {
    const user = await requireUser(request);
    // Hidden fields only (BlockForm): nothing a person typed to explain, a bad request is a 400.
    const submission = parseWithZod(form, { schema: blockSchema });
    if (submission.status !== "success") throw new Response(null, { status: 400 });
    const { intent, memberId, redirectTo } = submission.value;
    const db = getDb();
    if (intent === "block") {
      if (!blockMember(db, user.id, memberId)) throw notFound("member");
    } else {
      unblockMember(db, user.id, memberId);
    }
    return redirect(safeRedirect(redirectTo, "/messages"), 303);
  },
);

export { NothingShown as default } from "#app/components/nothing-shown";
