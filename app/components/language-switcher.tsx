import { Form, useLocation } from "@remix-run/react";
import { useLocale, useTranslate } from "#app/i18n/i18n";
import { LOCALES } from "#app/i18n/messages";

/**
 * One button per language, in a plain form: works without JavaScript, and the
 * choice is remembered in a cookie by the /langue action.
 */
export function LanguageSwitcher() {
  const locale = useLocale();
  const t = useTranslate();
  const location = useLocation();
  return (
    <Form
      method="post"
      action="/langue"
      className="language-switcher"
      aria-label={t("language.label")}
    >
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="lang"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          aria-label={t(`language.${option}`)}
          className="language-switcher__option"
        >
          <span className="language-switcher__long">{t(`language.${option}`)}</span>
          {/* On narrow phones the code alone; the full name stays the accessible name. */}
          <span className="language-switcher__short" aria-hidden="true">
            {option.toUpperCase()}
          </span>
        </button>
      ))}
    </Form>
  );
}
