import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { partnerPageSchema } from "#app/domain/partner-forms";
import type { Translate } from "#app/i18n/i18n";
import {
  addGalleryPhoto,
  removeGalleryPhoto,
  updatePartnerPage,
} from "#app/models/directory/partner-page.server";
import { preparePhotos } from "#app/models/images/uploads.server";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import type { Outcome } from "#app/models/refusals";
import type { SessionUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getStore } from "#app/server/search.server";
import { getUploadsDir, type Uploads } from "#app/server/uploads.server";

export type ShowcaseIntent = "page" | "photo" | "remove-photo";

/** The showcase's three actions: its text and services, one more photo, one photo less. */
export async function changeShowcase(
  { form, uploads, intent }: { form: FormData; uploads: Uploads; intent: ShowcaseIntent },
  user: SessionUser,
  organisationId: number,
  t: Translate,
) {
  const answer = (outcome: Outcome, message: string, result: unknown = null) =>
    outcome.ok
      ? { result, notice: { ok: true, message } }
      : data(
          { result, notice: { ok: false, message: refusalMessage(t, outcome.refusal) } },
          refusalInit(outcome.refusal),
        );
  if (intent === "page") {
    const submission = parseWithZod(form, { schema: partnerPageSchema(t) });
    if (submission.status !== "success") {
      return data({ result: submission.reply(), notice: null }, { status: 400 });
    }
    const outcome = updatePartnerPage(getStore(), user, organisationId, {
      longDescription: submission.value.longDescription ?? null,
      services: submission.value.services ?? [],
    });
    return answer(outcome, t("partner.saved"));
  }
  const store = { db: getDb(), uploadsDir: getUploadsDir() };
  if (intent === "remove-photo") {
    const imageId = Number(form.get("imageId"));
    if (!Number.isSafeInteger(imageId)) {
      return data({ result: null, notice: null }, { status: 400 });
    }
    return answer(
      removeGalleryPhoto(store, user, organisationId, imageId),
      t("partner.photoRemoved"),
    );
  }
  const alt = String(form.get("alt") ?? "").trim();
  if (!uploads.files.length || !alt) {
    const message = t(uploads.files.length ? "partner.photoAltMissing" : "partner.photoMissing");
    return data({ result: null, notice: { ok: false, message } }, { status: 400 });
  }
  const prepared = await preparePhotos({ files: uploads.files.slice(0, 1), tooManyFiles: false }, [
    alt,
  ]);
  if (!prepared.ok) return answer(prepared, "");
  return answer(
    addGalleryPhoto(store, user, organisationId, prepared.photos[0]!),
    t("partner.photoAdded"),
  );
}
