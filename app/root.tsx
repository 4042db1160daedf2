import {
  data,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useNonce } from "#app/components/nonce";
import { hasCatalogue, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { ErrorPage, errorPageTexts } from "#app/components/error-page";
import { SiteFooter } from "#app/components/site-footer";
import { getLocale } from "#app/server/locale.server";
import { catalogueChunkUrl } from "#app/server/catalogue-chunks.server";
import { AccountMenu, EmailPendingBanner } from "#app/components/account-menu";
import { SearchQueryInput } from "#app/components/search-query-input";
import { headerUnreadCount } from "#app/models/messages/conversations.server";
import { unreadNotificationCount } from "#app/models/notifications/inbox.server";
import { isStaffMember } from "#app/models/members/staff-roles.server";
import { getUser, sessionCookieToRefresh } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getEnv } from "#app/server/env.server";
import { SEARCH_PATH } from "#app/domain/search-url";
import stylesUrl from "#app/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/apple-touch-icon.png" },
  { rel: "manifest", href: "/manifest.webmanifest" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const refreshedCookie = await sessionCookieToRefresh(request);
  const locale = await getLocale(request);
  return data(
    {
      locale,
      catalogueUrl: catalogueChunkUrl(locale),
      sourceCodeUrl: getEnv().SOURCE_CODE_URL,
      user: user
        ? {
            id: user.id,
            firstName: user.firstName,
            emailVerified: user.emailVerified,
            isAdmin: user.isAdmin,
            unreadMessages: headerUnreadCount(getDb(), user.id, new URL(request.url).pathname),
            unreadNotifications: unreadNotificationCount(getDb(), user.id),
            moderates: isStaffMember(getDb(), user),
          }
        : null,
    },
    refreshedCookie ? { headers: { "Set-Cookie": refreshedCookie } } : undefined,
  );
}

/** The header's unread counts must follow the member from page to page, not only after a form. */
export const shouldRevalidate = () => true;

/**
 * Passes on the renewed session cookie with the page, and the Retry-After of
 * a 429 that an action threw (app/server/actions.server.ts): the root's
 * ErrorBoundary shows it, so only the root's headers reach the response.
 */
export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const headers = new Headers();
  const cookie = loaderHeaders.get("Set-Cookie");
  if (cookie) headers.set("Set-Cookie", cookie);
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const locale = data?.locale ?? "fr";
  if (error) {
    // Says what happened: « Question introuvable · Coup de main ».
    const { title } = errorPageTexts(error);
    return [
      { title: `${translate(locale, title)} · ${translate(locale, "app.name")}` },
      { name: "robots", content: "noindex" },
    ];
  }
  return [
    { title: translate(locale, "app.name") },
    { name: "description", content: translate(locale, "app.description") },
  ];
};

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const t = useTranslate();
  const catalogueUrl = useRouteLoaderData<typeof loader>("root")?.catalogueUrl;
  const nonce = useNonce();
  useCatalogueOfChosenLocale();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d5c4d" />
        <Meta />
        <Links />
        {catalogueUrl ? <link rel="modulepreload" href={catalogueUrl} /> : null}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skipToContent")}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link to="/" className="brand" aria-label={`${t("app.name")}, ${t("nav.home")}`}>
              <img className="brand__mark" src="/favicon.svg" alt="" width="28" height="28" />
              <span className="brand__name">{t("app.name")}</span>
            </Link>
            <HeaderSearch />
            <AccountMenu />
          </div>
        </header>
        <main id="main" className="page" tabIndex={-1}>
          <EmailPendingBanner />
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * The browser holds the catalogue of the language its page came in. The
 * language changes through a new page (/langue), but a choice made in another
 * tab reaches this one with the next navigation's data: reload into it rather
 * than go on in the other language.
 */
function useCatalogueOfChosenLocale() {
  const chosen = useRouteLoaderData<typeof loader>("root")?.locale;
  useEffect(() => {
    if (chosen && !hasCatalogue(chosen)) window.location.reload();
  }, [chosen]);
}

/** The search box of every page (the search page has its own, larger one). A plain GET form. */
function HeaderSearch() {
  const t = useTranslate();
  const location = useLocation();
  if (location.pathname === SEARCH_PATH) return null;
  return (
    <Form
      method="get"
      action={SEARCH_PATH}
      role="search"
      aria-label={t("search.header.region")}
      className="header-search"
    >
      <label htmlFor="header-search-q" className="visually-hidden">
        {t("search.header.label")}
      </label>
      <SearchQueryInput id="header-search-q" placeholder={t("search.header.placeholder")} />
      <button type="submit" className="header-search__button">
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path
            d="M15.5 15.5 21 21"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
          />
        </svg>
        <span className="visually-hidden">{t("search.header.submit")}</span>
      </button>
    </Form>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage error={error} />;
}
