import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import type { Translate } from "#app/i18n/i18n";
import { helpProfileSchema } from "#app/domain/profile-forms";
import { removeAvatar, setAvatar } from "#app/models/images/images.server";
import { preparePhotos } from "#app/models/images/uploads.server";
import { loadActor } from "#app/models/members/privileges.server";
import { updateHelpProfile } from "#app/models/people/profile.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import type { SessionUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getUploadsDir, type Uploads } from "#app/server/uploads.server";

/** What the action answers: which form it is about, Conform's result for it, and the page's notice. */
export type ProfileReply = {
  intent: string | null;
  result?: SubmissionResult<string[]>;
  notice?: { ok: boolean; message: string };
};

/**
 * The member's own profile only: the session says whose it is. The photo,
 * if any, was streamed to disk by defineAction (its field is AVATAR_FIELD).
 */
export async function changeHelpProfile(
  { form, upload }: { form: FormData; upload: Uploads },
  user: SessionUser,
  t: Translate,
) {
  const db = getDb();
  const submission = parseWithZod(form, { schema: helpProfileSchema(t) });
  const sent = submission.payload.intent;
  const intent = typeof sent === "string" ? sent : null;
  const reply = (
    notice: ProfileReply["notice"],
    options: Parameters<typeof submission.reply>[0] = {},
  ): ProfileReply => ({ intent, result: submission.reply(options), notice });
  if (submission.status !== "success") {
    return data(reply({ ok: false, message: t("form.invalid") }), { status: 400 });
  }
  const actor = loadActor(db, user.id);
  if (!actor) throw new Response("Forbidden", { status: 403 });
  const input = submission.value;
  const store = { db, uploadsDir: getUploadsDir() };
  switch (input.intent) {
    case "profile": {
      const outcome = updateHelpProfile(db, actor, input);
      if (!outcome.ok) {
        const message = refusalMessage(t, outcome.refusal);
        return data(reply({ ok: false, message }), refusalInit(outcome.refusal));
      }
      return reply({ ok: true, message: t("helpProfile.saved") });
    }
    case "photo": {
      if (!upload.files.length) {
        const photo = [t("helpProfile.photoMissing")];
        return data(reply(undefined, { fieldErrors: { photo } }), { status: 400 });
      }
      const prepared = await preparePhotos(
        { files: upload.files.slice(0, 1), tooManyFiles: false },
        [],
        "avatar",
      );
      if (!prepared.ok) {
        const photo = [refusalMessage(t, prepared.refusal)];
        return data(reply(undefined, { fieldErrors: { photo } }), refusalInit(prepared.refusal));
      }
      setAvatar(store, user.id, prepared.photos[0]!.image);
      return reply({ ok: true, message: t("helpProfile.photoSaved") });
    }
    case "remove-photo":
      removeAvatar(store, user.id);
      return reply({ ok: true, message: t("helpProfile.photoRemoved") });
  }
}
