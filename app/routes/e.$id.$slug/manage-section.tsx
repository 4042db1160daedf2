import { Form } from "@remix-run/react";
import type { RegistrationStatus } from "#app/domain/events";
import { useTranslate } from "#app/i18n/i18n";

/** The organiser's part of the event page: who comes, in order, and cancelling a date or all. */
export function ManageSection(props: {
  date: string;
  recurring: boolean;
  cancelled: boolean;
  seriesCancelled: boolean;
  going: number;
  waiting: number;
  registrations: { id: number; name: string; status: RegistrationStatus }[];
}) {
  const t = useTranslate();
  return (
    <section className="card stack" aria-labelledby="event-manage">
      <h2 id="event-manage">{t("event.edit")}</h2>
      <p>
        {t("event.registrationsCount", { count: props.going })} ·{" "}
        {t("event.waitingCount", { count: props.waiting })}
      </p>
      {props.registrations.length > 0 ? (
        <ol className="event-registrations">
          {props.registrations.map((row) => (
            <li key={row.id}>
              {row.name} — {t(`event.registration.${row.status}`)}
            </li>
          ))}
        </ol>
      ) : null}
      <Form method="post" className="event-actions">
        <input type="hidden" name="date" value={props.date} />
        {props.recurring && props.cancelled ? (
          <button
            type="submit"
            name="intent"
            value="restore-occurrence"
            className="button button--secondary"
          >
            {t("event.occurrence.restore")}
          </button>
        ) : null}
        {props.recurring && !props.cancelled ? (
          <button
            type="submit"
            name="intent"
            value="cancel-occurrence"
            className="button button--secondary"
          >
            {t("event.occurrence.cancel")}
          </button>
        ) : null}
        {!props.seriesCancelled ? (
          <button
            type="submit"
            name="intent"
            value="cancel-event"
            className="button button--danger"
          >
            {t("event.cancelAll")}
          </button>
        ) : null}
      </Form>
    </section>
  );
}
