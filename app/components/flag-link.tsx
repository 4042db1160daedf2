import { Link, useLocation } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

/**
 * « Signaler »: discreet, labelled for screen readers with what it reports;
 * the report page leads back to the page it came from.
 */
export function FlagLink({
  targetType,
  targetId,
}: {
  targetType: "question" | "answer" | "comment" | "member";
  targetId: number | string;
}) {
  const t = useTranslate();
  const location = useLocation();
  const query = new URLSearchParams({
    cible: targetType,
    id: String(targetId),
    retour: location.pathname,
  });
  return (
    <Link
      to={`/signaler?${query}`}
      className="flag-link"
      aria-label={t(`flag.linkLabel.${targetType}`)}
    >
      {t("flag.link")}
    </Link>
  );
}
