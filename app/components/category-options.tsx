import { useTranslate } from "#app/i18n/i18n";
import { CATEGORIES_BY_KIND, ORGANISATION_KINDS } from "#app/domain/directory";

/** The directory's categories as a select's options, grouped by kind (association, commerce…). */
export function CategoryOptions() {
  const t = useTranslate();
  return ORGANISATION_KINDS.map((kind) => (
    <optgroup key={kind} label={t(`directory.kind.${kind}`)}>
      {CATEGORIES_BY_KIND[kind].map((category) => (
        <option key={category} value={category}>
          {t(`directory.category.${category}`)}
        </option>
      ))}
    </optgroup>
  ));
}
