import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { confirmPasswordUrl } from "#app/domain/reauthentication";

/**
 * In place of a sensitive form when the password was not typed lately (sudo
 * mode): why, and the way to the page that asks for it and comes back to
 * `returnTo`. Shown before anything is typed, so nothing is lost.
 */
export function ConfirmPasswordFirst({ returnTo }: { returnTo: string }) {
  const t = useTranslate();
  return (
    <div className="notice">
      <p>{t("reauth.needed")}</p>
      <p>
        <Link className="button" to={confirmPasswordUrl(returnTo)}>
          {t("reauth.link")}
        </Link>
      </p>
    </div>
  );
}
