import { Form, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

type RootUser = {
  id: string;
  firstName: string;
  emailVerified: boolean;
  isAdmin: boolean;
  unreadMessages: number;
} | null;

export function useOptionalUser(): RootUser {
  return useRouteLoaderData<{ user: RootUser }>("root")?.user ?? null;
}

/** Sign in / sign up for visitors; profile, settings and sign out for members. */
export function AccountMenu() {
  const user = useOptionalUser();
  const t = useTranslate();
  const location = useLocation();
  if (!user) {
    const back =
      location.pathname === "/"
        ? ""
        : `?redirectTo=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <nav className="account-menu" aria-label={t("nav.account")}>
        <Link to={`/connexion${back}`}>{t("nav.signIn")}</Link>
        <Link to="/inscription" className="account-menu__primary">
          {t("nav.signUp")}
        </Link>
      </nav>
    );
  }
  return (
    <nav className="account-menu" aria-label={t("nav.account")}>
      <Link to="/demander" className="account-menu__primary">
        {t("nav.ask")}
      </Link>
      <MessagesLink unread={user.unreadMessages} />
      <Link to={`/m/${user.id}`}>{t("nav.myProfile")}</Link>
      <Link to="/parametres">{t("nav.settings")}</Link>
      {user.isAdmin ? <Link to="/admin">{t("nav.admin")}</Link> : null}
      <Form method="post" action="/deconnexion">
        <button type="submit" className="account-menu__button">
          {t("nav.signOut")}
        </button>
      </Form>
    </nav>
  );
}

/** « Messages », with the number of unread ones in its name and beside it. */
function MessagesLink({ unread }: { unread: number }) {
  const t = useTranslate();
  if (!unread) return <Link to="/messages">{t("nav.messages")}</Link>;
  const label =
    unread === 1 ? t("nav.messagesUnread.one") : t("nav.messagesUnread.other", { count: unread });
  return (
    <Link to="/messages" aria-label={label} className="account-menu__messages">
      {t("nav.messages")}{" "}
      <span className="count-badge" aria-hidden="true">
        {unread}
      </span>
    </Link>
  );
}

/** Reminds a member who has not confirmed their address yet, on every page. */
export function EmailPendingBanner() {
  const user = useOptionalUser();
  const t = useTranslate();
  if (!user || user.emailVerified) return null;
  return (
    <p className="notice banner">
      {t("pending.banner")} <Link to="/verifier-email/en-attente">{t("pending.resend")}</Link>
    </p>
  );
}
