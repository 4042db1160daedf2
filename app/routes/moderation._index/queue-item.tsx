import { Link } from "@remix-run/react";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatNumber } from "#app/i18n/format";
import type { QueueItem } from "./queue.server";

/** What was reported, by whom and why, and where to read it in full. */
export function QueueItemView({ item, threshold }: { item: QueueItem; threshold: number }) {
  const t = useTranslate();
  const locale = useLocale();
  const headingId = `${item.key}-title`;
  return (
    <>
      <h2 id={headingId} className="moderation-item__title">
        <span className="kind-badge">{t(`moderation.kind.${item.targetType}`)}</span>{" "}
        {item.title || t(`moderation.kind.${item.targetType}`)}
      </h2>
      <p className="moderation-item__badges">
        {item.state ? (
          <span className="status-badge status-badge--moderation">
            {t(`moderation.state.${item.state}`)}
          </span>
        ) : null}
        {item.locked ? <span className="status-badge">{t("moderation.locked")}</span> : null}
      </p>
      {item.excerpt ? (
        <blockquote className="moderation-item__excerpt">{item.excerpt}</blockquote>
      ) : null}
      <ul className="facts">
        {item.authorName ? <li>{t("moderation.author", { name: item.authorName })}</li> : null}
        {item.place ? <li>{t("moderation.place", { place: item.place.name })}</li> : null}
        <li suppressHydrationWarning>{relativeTime(locale, item.firstFlaggedAt)}</li>
        <li>
          {t("moderation.weight", {
            weight: formatNumber(locale, item.totalWeight),
            threshold,
          })}
        </li>
      </ul>
      <h3 className="moderation-item__subtitle">{t("moderation.reasons")}</h3>
      <ul className="moderation-item__reasons">
        {item.reasons.map((entry) => (
          <li key={entry.reason}>
            {t("moderation.reasonCount", {
              reason: t(`flag.reason.${entry.reason}`),
              count: entry.count,
            })}
          </li>
        ))}
      </ul>
      {item.otherTexts.length ? (
        <>
          <h3 className="moderation-item__subtitle">{t("moderation.otherTexts")}</h3>
          <ul className="moderation-item__reasons">
            {item.otherTexts.map((text, index) => (
              <li key={index}>« {text} »</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.href ? (
        <p>
          <Link to={item.href}>
            {item.targetType === "message" || item.targetType === "conversation"
              ? t("moderation.readConversation")
              : t("moderation.openContent")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
