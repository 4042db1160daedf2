import { Form, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { RESEND_LINK_ACTION, ResendLinkButton } from "./resend-link";

type RootUser = {
  id: string;
  firstName: string;
  emailVerified: boolean;
  isAdmin: boolean;
  unreadMessages: number;
  unreadNotifications: number;
  moderates: boolean;
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
      <NotificationBell unread={user.unreadNotifications} />
      <Link to={`/m/${user.id}`}>{t("nav.myProfile")}</Link>
      <Link to="/parametres">{t("nav.settings")}</Link>
      {user.moderates ? <Link to="/moderation">{t("nav.moderation")}</Link> : null}
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
  const label = t("nav.messagesUnread", { count: unread });
  return (
    <Link to="/messages" aria-label={label} className="account-menu__messages">
      {t("nav.messages")}{" "}
      <span className="count-badge" aria-hidden="true">
        {unread}
      </span>
    </Link>
  );
}

/** The bell: its name carries the count, so the badge is only for the eyes. */
function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslate();
  const label = unread === 0 ? t("bell.label") : t("bell.labelUnread", { count: unread });
  return (
    <Link to="/notifications" className="bell" aria-label={label}>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** Reminds a member who has not confirmed their address yet, on every page. */
export function EmailPendingBanner() {
  const user = useOptionalUser();
  const t = useTranslate();
  const location = useLocation();
  if (!user || user.emailVerified) return null;
  return (
    <div className="notice banner banner--with-action">
      <p>{t("pending.banner")}</p>
      {/* On the pending page, its own button says the same. */}
      {location.pathname === RESEND_LINK_ACTION ? null : (
        <ResendLinkButton label={t("confirm.bannerAction")} className="banner__action" />
      )}
    </div>
  );
}
