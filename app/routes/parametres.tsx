import {
  data,
  redirect,
  redirectDocument,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useId, useState } from "react";
import { z } from "zod";
import { ActionNotice } from "#app/components/forms";
import { PlaceCombobox } from "#app/components/place-combobox";
import { isLocale, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDayAndTime } from "#app/i18n/format";
import { getTranslator, localeCookie } from "#app/server/locale.server";
import { LOCALES } from "#app/i18n/messages";
import {
  changeHomePlace,
  changeLocale,
  changeName,
  changePassword,
  deleteAccount,
  requestEmailChange,
} from "#app/models/members/account.server";
import { getPlaceName, resolvePlaceChoice } from "#app/models/places/places.server";
import { findUserByEmail } from "#app/models/members/users.server";
import {
  createUserSession,
  getAuth,
  listSessions,
  requireUser,
  revokeAllSessions,
  revokeSession,
  signOut,
} from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { verifyPassword } from "#app/server/password.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#app/domain/passwords";

const name = z.string().trim().min(1).max(60);
const settingsSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("name"), firstName: name, lastName: name }),
  z.object({ intent: z.literal("locale"), locale: z.string().refine(isLocale) }),
  z.object({
    intent: z.literal("place"),
    placeQuery: z.string().max(100).optional(),
    placeCode: z.string().max(10).optional(),
  }),
  z.object({ intent: z.literal("email"), email: z.string().trim().max(254).email() }),
  z.object({
    intent: z.literal("password"),
    currentPassword: z.string().max(PASSWORD_MAX_LENGTH),
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  }),
  z.object({ intent: z.literal("revoke-session"), sessionId: z.string().max(100) }),
  z.object({ intent: z.literal("revoke-all") }),
  z.object({ intent: z.literal("delete"), confirm: z.literal("yes") }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { session } = await getAuth(request);
  return {
    user: {
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      locale: user.locale,
      placeName: user.homePlaceId != null ? getPlaceName(getDb(), user.homePlaceId) : null,
    },
    sessions: listSessions(user.id).map((s) => ({
      id: s.id,
      current: s.id === session?.id,
      createdAt: s.createdAt.toISOString(),
      userAgent: s.userAgent,
    })),
  };
}

/** Every change is for the signed-in member only: the session decides whose account it is. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const parsed = settingsSchema.safeParse(Object.fromEntries(await request.formData()));
  const fail = (message: string, status = 400) => data({ ok: false, message }, { status });
  if (!parsed.success) {
    const intent = parsed.error.issues[0]?.path[0];
    return fail(intent === "confirm" ? t("settings.deleteMissing") : t("form.errorSummary"));
  }
  const input = parsed.data;
  const saved = { ok: true, message: t("settings.saved") };
  switch (input.intent) {
    case "name":
      changeName(db, user.id, input);
      return saved;
    case "locale":
      changeLocale(db, user.id, input.locale as "fr" | "en");
      // A whole new page: the browser loads the new language's catalogue with it.
      return redirectDocument("/parametres", {
        headers: { "Set-Cookie": await localeCookie.serialize(input.locale) },
      });
    case "place": {
      const choice = resolvePlaceChoice(db, { code: input.placeCode, query: input.placeQuery });
      if (choice.status !== "found") {
        return fail(
          t(choice.status === "ambiguous" ? "field.placeAmbiguous" : "field.placeNotFound"),
        );
      }
      changeHomePlace(db, user.id, choice.place.id);
      return saved;
    }
    case "email":
      if (findUserByEmail(db, input.email)?.id !== user.id) {
        await requestEmailChange(db, user, input.email);
      }
      return { ok: true, message: t("settings.emailSent") };
    case "password": {
      const row = findUserByEmail(db, user.email ?? "");
      if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
        return fail(t("settings.wrongPassword"));
      }
      await changePassword(db, user.id, input.password);
      await revokeAllSessions(user.id);
      return createUserSession(request, user.id, "/parametres?ok=password");
    }
    case "revoke-session":
      await revokeSession(user.id, input.sessionId);
      return saved;
    case "revoke-all":
      await revokeAllSessions(user.id);
      return redirect("/connexion");
    case "delete":
      deleteAccount(db, user.id);
      return signOut(request, "/");
  }
}

export default function Settings() {
  const { user, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useTranslate();
  const locale = useLocale();
  const placeId = useId();
  const [placeCode, setPlaceCode] = useState("");
  const result =
    actionData ??
    (searchParams.get("ok") === "password"
      ? { ok: true, message: t("settings.passwordChanged") }
      : null);
  return (
    <div className="stack">
      <h1>{t("settings.title")}</h1>
      <ActionNotice result={result} />
      <p>
        <Link to="/parametres/suivis">{t("follows.settingsLink")}</Link>
      </p>

      <section className="card" aria-labelledby="name-title">
        <h2 id="name-title">{t("settings.name")}</h2>
        <p className="field-hint">{t("settings.nameHint")}</p>
        <Form method="post" className="form">
          <div className="field">
            <label htmlFor="firstName" className="field-label">
              {t("field.firstName")}
            </label>
            <input
              id="firstName"
              name="firstName"
              type="text"
              required
              maxLength={60}
              defaultValue={user.firstName}
              autoComplete="given-name"
            />
          </div>
          <div className="field">
            <label htmlFor="lastName" className="field-label">
              {t("field.lastName")}
            </label>
            <input
              id="lastName"
              name="lastName"
              type="text"
              required
              maxLength={60}
              defaultValue={user.lastName}
              autoComplete="family-name"
            />
          </div>
          <p>
            <button type="submit" name="intent" value="name" className="button">
              {t("settings.save")}
            </button>
          </p>
        </Form>
      </section>

      <section className="card" aria-labelledby="place-title">
        <h2 id="place-title">{t("settings.place")}</h2>
        <p className="field-hint">{t("settings.placeWarning")}</p>
        <Form method="post" className="form">
          <div className="field">
            <label htmlFor={placeId} className="field-label">
              {t("placeChooser.label")}
            </label>
            <PlaceCombobox
              id={placeId}
              name="placeQuery"
              defaultValue={user.placeName ?? ""}
              required
              onChoose={(place) => setPlaceCode(place.code)}
              onType={() => setPlaceCode("")}
            >
              {placeCode ? <input type="hidden" name="placeCode" value={placeCode} /> : null}
            </PlaceCombobox>
          </div>
          <p>
            <button type="submit" name="intent" value="place" className="button">
              {t("settings.save")}
            </button>
          </p>
        </Form>
        <p>
          <Link to="/verification">{t("verification.myProfileLink")}</Link>
        </p>
      </section>

      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t("settings.language")}</h2>
        <Form method="post" className="form">
          <fieldset className="choices">
            <legend className="visually-hidden">{t("settings.language")}</legend>
            {LOCALES.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="locale"
                  value={option}
                  defaultChecked={option === user.locale}
                />
                {t(`language.${option}`)}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="submit" name="intent" value="locale" className="button">
              {t("settings.save")}
            </button>
          </p>
        </Form>
      </section>

      <section className="card" aria-labelledby="email-title">
        <h2 id="email-title">{t("settings.email")}</h2>
        <p>{t("settings.emailCurrent", { email: user.email ?? "" })}</p>
        <p>
          <Link to="/parametres/notifications">{t("emails.settingsLink")}</Link>
        </p>
        <Form method="post" className="form">
          <div className="field">
            <label htmlFor="email" className="field-label">
              {t("settings.emailNew")}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="email"
            />
          </div>
          <p>
            <button type="submit" name="intent" value="email" className="button">
              {t("settings.save")}
            </button>
          </p>
        </Form>
      </section>

      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">{t("settings.password")}</h2>
        <Form method="post" className="form">
          <div className="field">
            <label htmlFor="currentPassword" className="field-label">
              {t("settings.currentPassword")}
            </label>
            <input
              id="currentPassword"
              name="currentPassword"
              type="password"
              required
              autoComplete="current-password"
            />
          </div>
          <div className="field">
            <label htmlFor="newPassword" className="field-label">
              {t("field.newPassword")}
            </label>
            <p id="newPassword-hint" className="field-hint">
              {t("field.passwordHint")}
            </p>
            <input
              id="newPassword"
              name="password"
              type="password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              maxLength={PASSWORD_MAX_LENGTH}
              autoComplete="new-password"
              aria-describedby="newPassword-hint"
            />
          </div>
          <p>
            <button type="submit" name="intent" value="password" className="button">
              {t("settings.save")}
            </button>
          </p>
        </Form>
      </section>

      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("settings.sessions")}</h2>
        <ul className="place-list">
          {sessions.map((session) => (
            <li key={session.id} className="session-row">
              <span>
                {session.current ? <strong>{t("settings.sessionCurrent")} · </strong> : null}
                {t("settings.sessionStarted", {
                  date: formatDayAndTime(locale, session.createdAt),
                })}
                <br />
                <span className="muted">{session.userAgent}</span>
              </span>
              {session.current ? null : (
                <Form method="post">
                  <input type="hidden" name="sessionId" value={session.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="revoke-session"
                    className="button button--secondary"
                  >
                    {t("settings.sessionRevoke")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="revoke-all"
            className="button button--secondary"
          >
            {t("settings.revokeAll")}
          </button>
        </Form>
      </section>

      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">{t("settings.data")}</h2>
        <p>
          <a href="/parametres/export" download>
            {t("settings.export")}
          </a>
        </p>
        <h3>{t("settings.delete")}</h3>
        <p>{t("settings.deleteText")}</p>
        <Form method="post" className="form">
          <label className="choices">
            <span>
              <input type="checkbox" name="confirm" value="yes" required />{" "}
              {t("settings.deleteConfirm")}
            </span>
          </label>
          <p>
            <button type="submit" name="intent" value="delete" className="button button--danger">
              {t("settings.delete")}
            </button>
          </p>
        </Form>
      </section>
    </div>
  );
}
