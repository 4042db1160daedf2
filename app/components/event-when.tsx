import { useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay, formatDayAndTime, formatTime, formatWeekday } from "#app/i18n/format";

/**
 * When an occurrence is, in Paris time as the organiser wrote it: "samedi
 * 31 octobre 2026 à 10 h – 12 h 30", or the day alone for an all-day event.
 */
export function EventWhen({
  start,
  end,
  startLocal,
  allDay,
}: {
  start: string;
  end: string;
  startLocal: string;
  allDay: boolean;
}) {
  const locale = useLocale();
  const t = useTranslate();
  const weekday = formatWeekday(locale, startLocal.slice(0, 10));
  if (allDay) {
    return (
      <time dateTime={startLocal.slice(0, 10)}>
        {t("event.allDayOn", { day: `${weekday} ${formatDay(locale, startLocal.slice(0, 10))}` })}
      </time>
    );
  }
  const sameDay = formatDay(locale, start) === formatDay(locale, end);
  return (
    <time dateTime={start}>
      {t("event.fromTo", {
        start: `${weekday} ${formatDayAndTime(locale, start)}`,
        end: sameDay ? formatTime(locale, end) : formatDayAndTime(locale, end),
      })}
    </time>
  );
}
