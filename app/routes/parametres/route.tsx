import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ActionNotice } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { getPlaceName } from "#app/models/places/places.server";
import {
  getAuth,
  hasRecentlyAuthenticated,
  listSessions,
  requireUser,
} from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { changeSettings } from "./actions.server";
import { LanguageForm, NameForm, PlaceForm } from "./profile-forms";
import { Sessions } from "./sessions";
import { EmailForm, PasswordForm } from "./sign-in-forms";
import { YourData } from "./your-data";
import { describeUserAgent } from "#app/domain/user-agent.server";
import { defineAction } from "#app/server/actions.server";

/** GET /parametres: the signed-in member's name, place, language, sign-in, sessions and data. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { session } = await getAuth(request);
  const placeName = user.homePlaceId != null ? getPlaceName(getDb(), user.homePlaceId) : null;
  return {
    user: {
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      locale: user.locale,
      place: placeName ? { name: placeName } : null,
    },
    /** Whether the sensitive changes can be made now, or the password must be confirmed first. */
    recentlyAuthenticated: await hasRecentlyAuthenticated(request),
    sessions: listSessions(user.id).map((s) => ({
      id: s.id,
      current: s.id === session?.id,
      createdAt: s.createdAt.toISOString(),
      ...describeUserAgent(s.userAgent),
      // Where: the member's home place, never a location guessed from the IP.
      place: placeName,
    })),
  };
}

export const action = defineAction(
  {
    intents: {
      name: "profile",
      locale: "profile",
      place: "profile",
      email: "emailChange",
      password: "passwordChange",
      "revoke-session": "sessions",
      "revoke-all": "sessions",
      delete: "sessions",
    },
  },
  async ({ request, form }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    return changeSettings(request, form, user, t);
  },
);

export default function Settings() {
  const { user, sessions, recentlyAuthenticated } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useTranslate();
  const notice =
    actionData?.notice ??
    (searchParams.get("ok") === "password"
      ? { ok: true, message: t("settings.passwordChanged") }
      : null);
  return (
    <div className="stack">
      <h1>{t("settings.title")}</h1>
      <ActionNotice result={notice} />
      <p>
        <Link to="/parametres/profil">{t("helpProfile.settingsLink")}</Link>
      </p>
      <p>
        <Link to="/parametres/suivis">{t("follows.settingsLink")}</Link>
      </p>
      <NameForm firstName={user.firstName} lastName={user.lastName} />
      <PlaceForm place={user.place} />
      <LanguageForm locale={user.locale} />
      <EmailForm email={user.email} recentlyAuthenticated={recentlyAuthenticated} />
      <PasswordForm />
      <Sessions sessions={sessions} />
      <YourData recentlyAuthenticated={recentlyAuthenticated} />
    </div>
  );
}
