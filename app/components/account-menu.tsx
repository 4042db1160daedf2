import { Form, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { LanguageSwitcher } from "#app/components/language-switcher";
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

/**
 * The header's links. Visitors: sign in, sign up and the language. Members:
 * « Demander », messages and the bell always in sight, the rest in a menu.
 * The menu is a `<details>`: it opens and closes without JavaScript, and
 * screen readers announce it as a button that expands; with JavaScript it
 * also closes on Escape, on a click elsewhere and on navigation. On phones,
 * sign-up, « Demander » and the language move into it as well.
 */
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
      <div className="site-header__tools">
        <nav className="account-menu" aria-label={t("nav.account")}>
          <Link to={`/connexion${back}`}>{t("nav.signIn")}</Link>
          <Link to="/inscription" className="account-menu__primary wide-only">
            {t("nav.signUp")}
          </Link>
        </nav>
        <div className="wide-only">
          <LanguageSwitcher />
        </div>
        <SiteMenu className="narrow-only">
          <li>
            <Link to="/inscription">{t("nav.signUp")}</Link>
          </li>
        </SiteMenu>
      </div>
    );
  }
  return (
    <div className="site-header__tools">
      <nav className="account-menu" aria-label={t("nav.account")}>
        <Link to="/demander" className="account-menu__primary wide-only">
          {t("nav.ask")}
        </Link>
        <MessagesLink unread={user.unreadMessages} />
        <NotificationBell unread={user.unreadNotifications} />
      </nav>
      <SiteMenu>
        <li className="narrow-only">
          <Link to="/demander">{t("nav.ask")}</Link>
        </li>
        <li>
          <Link to={`/m/${user.id}`}>{t("nav.myProfile")}</Link>
        </li>
        <li>
          <Link to="/parametres">{t("nav.settings")}</Link>
        </li>
        {user.moderates ? (
          <li>
            <Link to="/moderation">{t("nav.moderation")}</Link>
          </li>
        ) : null}
        {user.isAdmin ? (
          <li>
            <Link to="/admin">{t("nav.admin")}</Link>
          </li>
        ) : null}
        <li>
          <Form method="post" action="/deconnexion">
            <button type="submit" className="site-menu__button">
              {t("nav.signOut")}
            </button>
          </Form>
        </li>
      </SiteMenu>
    </div>
  );
}

/** The « Menu » disclosure: its links, then the language. */
function SiteMenu({ children, className }: { children: ReactNode; className?: string }) {
  const t = useTranslate();
  const menu = useRef<HTMLDetailsElement>(null);
  useClosingDisclosure(menu);
  return (
    <details ref={menu} className={className ? `site-menu ${className}` : "site-menu"}>
      <summary className="site-menu__toggle">
        <HeaderIcon>
          <path d="M4 7h16M4 12h16M4 17h16" />
        </HeaderIcon>
        <span className="header-icon-label">{t("menu.open")}</span>
      </summary>
      <div className="site-menu__panel">
        <nav aria-label={t("menu.label")}>
          <ul className="site-menu__list">{children}</ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </details>
  );
}

/**
 * What people expect of a menu beyond what `<details>` does alone: Escape
 * closes it (focus back on its button), so do a click outside it and
 * following one of its links (the header stays on screen across pages).
 */
function useClosingDisclosure(ref: RefObject<HTMLDetailsElement>) {
  const location = useLocation();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [location.key, ref]);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, [ref]);
}

/** « Messages », with the number of unread ones in its name and beside it; on phones, an envelope. */
function MessagesLink({ unread }: { unread: number }) {
  const t = useTranslate();
  const label = unread ? t("nav.messagesUnread", { count: unread }) : undefined;
  return (
    <Link to="/messages" aria-label={label} className="account-menu__messages">
      <HeaderIcon>
        <rect x="3" y="5" width="18" height="14" rx="2" />
        <path d="m3.5 6 8.5 7 8.5-7" />
      </HeaderIcon>
      <span className="header-icon-label">{t("nav.messages")}</span>
      {unread ? (
        <span className="count-badge" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** A line drawing of the header, for the eyes only: the link or button around it carries the name. */
function HeaderIcon({ children }: { children: ReactNode }) {
  return (
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
      {children}
    </svg>
  );
}

/** The bell: its name carries the count, so the badge is only for the eyes. */
function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslate();
  const label = unread === 0 ? t("bell.label") : t("bell.labelUnread", { count: unread });
  return (
    <Link to="/notifications" className="bell" aria-label={label}>
      <HeaderIcon>
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </HeaderIcon>
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
