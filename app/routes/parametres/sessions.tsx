import { Form } from "@remix-run/react";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDayAndTime } from "#app/i18n/format";
import { IntentField, SettingsCard } from "./settings-form";

type SessionView = {
  id: string;
  current: boolean;
  createdAt: string;
  browser: string | null;
  system: string | null;
  place: string | null;
};

/** « Chrome sur Android · Donges · il y a 2 h »: what, where (the home place) and since when. */
function SessionLabel({ session }: { session: SessionView }) {
  const t = useTranslate();
  const locale = useLocale();
  const { browser, system } = session;
  const device =
    browser && system
      ? t("settings.sessionDevice", { browser, system })
      : (browser ?? system ?? t("settings.sessionUnknownDevice"));
  return (
    <>
      {[device, session.place].filter(Boolean).join(" · ")} ·{" "}
      <time
        dateTime={session.createdAt}
        title={t("settings.sessionStarted", { date: formatDayAndTime(locale, session.createdAt) })}
        suppressHydrationWarning
      >
        {relativeTime(locale, session.createdAt)}
      </time>
    </>
  );
}

/** Where the member is signed in: any other session can be closed, or all of them. */
export function Sessions({ sessions }: { sessions: SessionView[] }) {
  const t = useTranslate();
  return (
    <SettingsCard id="sessions-title" title={t("settings.sessions")}>
      <ul className="place-list">
        {sessions.map((session) => (
          <li key={session.id} className="session-row">
            <span>
              <SessionLabel session={session} />
              {session.current ? (
                <>
                  <br />
                  <strong>{t("settings.sessionCurrent")}</strong>
                </>
              ) : null}
            </span>
            {session.current ? null : (
              <Form method="post">
                <IntentField intent="revoke-session" />
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" className="button button--secondary">
                  {t("settings.sessionRevoke")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      <Form method="post">
        <IntentField intent="revoke-all" />
        <button type="submit" className="button button--secondary">
          {t("settings.revokeAll")}
        </button>
      </Form>
    </SettingsCard>
  );
}
