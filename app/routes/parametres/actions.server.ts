import { parseWithZod } from "@conform-to/zod";
import { data, redirect, redirectDocument } from "@remix-run/node";
import type { Translate } from "#app/i18n/i18n";
import { localeCookie } from "#app/server/locale.server";
import {
  changeHomePlace,
  changeLocale,
  changeName,
  changePassword,
  deleteAccount,
} from "#app/models/members/account.server";
import { requestEmailChange } from "#app/models/members/email-changes.server";
import { resolvePlaceChoice } from "#app/models/places/places.server";
import { discardMemberImages } from "#app/models/images/images.server";
import { getUploadsDir } from "#app/server/uploads.server";
import { findUserByEmail } from "#app/models/members/users.server";
import {
  createUserSession,
  requireRecentAuthentication,
  revokeAllSessions,
  revokeSession,
  signOut,
  type SessionUser,
} from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { verifyPassword } from "#app/server/password.server";
import {
  PASSWORD_FIELDS,
  SENSITIVE_SECTIONS,
  settingsSchema,
  type SettingsIntent,
  type SettingsReply,
} from "./settings-form";

/** Every change is for the signed-in member only: the session decides whose account it is. */
export async function changeSettings(
  request: Request,
  formData: FormData,
  user: SessionUser,
  t: Translate,
) {
  const db = getDb();
  const schema = settingsSchema(t);
  const submission = parseWithZod(formData, { schema });
  const sent = submission.payload.intent;
  const intent = schema.optionsMap.has(sent as SettingsIntent) ? (sent as SettingsIntent) : null;
  const reply = (options: Parameters<typeof submission.reply>[0] = {}): SettingsReply => ({
    intent,
    result: submission.reply({ hideFields: PASSWORD_FIELDS, ...options }),
  });
  if (submission.status !== "success") {
    // A form the page does not have (a forged or stale request) gets a notice of its own.
    const notice = intent ? undefined : { ok: false, message: t("form.invalid") };
    return data<SettingsReply>({ ...reply(), notice }, { status: 400 });
  }
  const input = submission.value;
  const saved: SettingsReply = { ...reply(), notice: { ok: true, message: t("settings.saved") } };
  switch (input.intent) {
    case "name":
      changeName(db, user.id, input);
      return saved;
    case "locale":
      changeLocale(db, user.id, input.locale);
      // A whole new page: the browser loads the new language's catalogue with it.
      return redirectDocument("/parametres", {
        headers: { "Set-Cookie": await localeCookie.serialize(input.locale) },
      });
    case "place": {
      const choice = resolvePlaceChoice(db, { code: input.placeCode, query: input.placeQuery });
      if (choice.status !== "found") {
        const message = t(
          choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound",
        );
        return data(reply({ fieldErrors: { placeQuery: [message] } }), { status: 400 });
      }
      changeHomePlace(db, user.id, choice.place.id);
      return saved;
    }
    case "email":
      // Sudo mode: a stolen session alone cannot move the account to another address.
      await requireRecentAuthentication(request, { returnTo: SENSITIVE_SECTIONS.email });
      requestEmailChange(db, user, input.email);
      // The same answer (and time: the email is only queued) whoever owns the address.
      return { ...reply(), notice: { ok: true, message: t("settings.emailSent") } };
    case "password": {
      const row = findUserByEmail(db, user.email ?? "");
      if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
        // Like a wrong password at sign-in: about the form, read out at once.
        return data(reply({ formErrors: [t("settings.wrongPassword")] }), { status: 400 });
      }
      await changePassword(db, user.id, input.password);
      await revokeAllSessions(user.id);
      return createUserSession(request, user.id, "/parametres?ok=password", {
        provedPassword: true,
      });
    }
    case "revoke-session":
      await revokeSession(user.id, input.sessionId);
      return saved;
    case "revoke-all":
      await revokeAllSessions(user.id);
      return redirect("/connexion");
    case "delete":
      await requireRecentAuthentication(request, { returnTo: SENSITIVE_SECTIONS.delete });
      deleteAccount(db, user.id);
      discardMemberImages({ db, uploadsDir: getUploadsDir() }, user.id);
      return signOut(request, "/");
  }
}
