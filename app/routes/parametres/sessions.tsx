import { Form } from "@remix-run/react";
import { useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDayAndTime } from "#app/i18n/format";
import { IntentField, SettingsCard } from "./settings-form";

type SessionView = { id: string; current: boolean; createdAt: string; userAgent: string | null };

/** Where the member is signed in: any other session can be closed, or all of them. */
export function Sessions({ sessions }: { sessions: SessionView[] }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <SettingsCard id="sessions-title" title={t("settings.sessions")}>
      <ul className="place-list">
        {sessions.map((session) => (
          <li key={session.id} className="session-row">
            <span>
              {session.current ? <strong>{t("settings.sessionCurrent")} · </strong> : null}
              {t("settings.sessionStarted", { date: formatDayAndTime(locale, session.createdAt) })}
              <br />
              <span className="muted">{session.userAgent}</span>
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
