import { useTranslate } from "#app/i18n/i18n";

/** The discreet « Commerce partenaire » mark on a partner's page and cards. */
export function PartnerBadge() {
  const t = useTranslate();
  return <span className="partner-badge">{t("partner.badge")}</span>;
}
