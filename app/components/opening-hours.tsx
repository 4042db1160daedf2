import { useLocale, useTranslate } from "#app/i18n/i18n";
import { formatClockTime, formatDay, formatWeekday } from "#app/i18n/format";
import {
  DAYS_OF_WEEK,
  type Moment,
  type OpeningHours,
  type OpeningStatus,
} from "#app/domain/opening-hours";

/**
 * « Ouvert maintenant · ferme à 19 h », « Fermé · ouvre demain à 9 h »,
 * « Fermé aujourd'hui (jour férié) · ouvre samedi à 7 h ». The status is
 * computed by the server for the moment of the request, so the server's and
 * the browser's renderings agree.
 */
export function OpeningStatusLine({ status }: { status: OpeningStatus }) {
  const t = useTranslate();
  const locale = useLocale();
  const when = (
    moment: Moment,
    keys: {
      today: "hours.closesToday" | "hours.opensToday";
      tomorrow: "hours.closesTomorrow" | "hours.opensTomorrow";
      on: "hours.closesOn" | "hours.opensOn";
    },
  ) => {
    const time = formatClockTime(locale, moment.time);
    if (moment.inDays === 0) return t(keys.today, { time });
    if (moment.inDays === 1) return t(keys.tomorrow, { time });
    if (moment.inDays < 7) return t(keys.on, { day: formatWeekday(locale, moment.day), time });
    return t("hours.opensOnDate", { date: formatDay(locale, moment.day), time });
  };
  if (status.open) {
    return (
      <p className="opening-status opening-status--open">
        <strong>{t("hours.open")}</strong>
        <span aria-hidden="true"> · </span>
        <span>
          {status.closesAt
            ? when(status.closesAt, {
                today: "hours.closesToday",
                tomorrow: "hours.closesTomorrow",
                on: "hours.closesOn",
              })
            : t("hours.alwaysOpen")}
        </span>
      </p>
    );
  }
  return (
    <p className="opening-status opening-status--closed">
      <strong>{status.today ? t(`hours.closedToday.${status.today}`) : t("hours.closed")}</strong>
      {status.opensAt ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            {when(status.opensAt, {
              today: "hours.opensToday",
              tomorrow: "hours.opensTomorrow",
              on: "hours.opensOn",
            })}
          </span>
        </>
      ) : null}
    </p>
  );
}

/** How far ahead special days are listed, and how many at most. */
const SPECIAL_DAYS_AHEAD = 60;
const SPECIAL_DAYS_SHOWN = 5;

/** The weekly hours, a row a day (Monday first, as in France), then the special days of the weeks to come. */
export function OpeningHoursTable({ hours, today }: { hours: OpeningHours; today: string }) {
  const t = useTranslate();
  const locale = useLocale();
  const range = (opens: string, closes: string) =>
    opens === "00:00" && closes === "00:00"
      ? t("hours.allDay")
      : t("hours.range", {
          opens: formatClockTime(locale, opens),
          closes: formatClockTime(locale, closes),
        });
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + SPECIAL_DAYS_AHEAD * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const upcoming = hours.special
    .filter((special) => special.through >= today && special.from <= horizon)
    .sort((a, b) => a.from.localeCompare(b.from))
    .slice(0, SPECIAL_DAYS_SHOWN);
  return (
    <>
      <table className="opening-hours">
        <caption className="visually-hidden">{t("hours.title")}</caption>
        <tbody>
          {DAYS_OF_WEEK.map((day) => {
            const ranges = hours.weekly
              .filter((weekly) => weekly.days.includes(day))
              .sort((a, b) => a.opens.localeCompare(b.opens));
            return (
              <tr key={day}>
                <th scope="row">{t(`hours.day.${day}`)}</th>
                <td>
                  {ranges.length === 0
                    ? t("hours.closedDay")
                    : ranges.map((weekly) => range(weekly.opens, weekly.closes)).join(", ")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {upcoming.length > 0 ? (
        <>
          <h3>{t("hours.special")}</h3>
          <ul className="opening-hours__special">
            {upcoming.map((special) => (
              <li key={`${special.from}-${special.through}`}>
                {t("hours.specialLine", {
                  when:
                    special.from === special.through
                      ? t("hours.specialDay", { from: formatDay(locale, special.from) })
                      : t("hours.specialDays", {
                          from: formatDay(locale, special.from),
                          through: formatDay(locale, special.through),
                        }),
                  reason: t(`hours.reason.${special.reason}`),
                  hours:
                    special.ranges.length === 0
                      ? t("hours.closedAllDay")
                      : special.ranges.map((r) => range(r.opens, r.closes)).join(", "),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
