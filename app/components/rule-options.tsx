import { useTranslate } from "#app/i18n/i18n";
import { MODERATION_RULES } from "#app/domain/moderation";

/** The rules of moderation as the options of a select: every decision names one. */
export function RuleOptions() {
  const t = useTranslate();
  return (
    <>
      {MODERATION_RULES.map((rule) => (
        <option key={rule} value={rule}>
          {t(`moderation.rule.${rule}`)}
        </option>
      ))}
    </>
  );
}
