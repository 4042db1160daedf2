/**
 * The French catalogue, the reference: every message the site shows, by
 * feature. The browser downloads it alone (entry.client.tsx); the server has
 * both languages (catalogues.server.ts).
 *
 * Spelling: « e-mail », « e-mails » (with the hyphen), as Le Robert and
 * Larousse spell the word, never « email »
 * (spelling.test.ts checks it, the e-mails' own text included).
 */
import { frCore } from "#app/i18n/fr/core";
import { frQuestions } from "#app/i18n/fr/questions";
import { frPeople } from "#app/i18n/fr/people";
import { frSearch } from "#app/i18n/fr/search";
import { frNotifications } from "#app/i18n/fr/notifications";
import { frPrivateMessages } from "#app/i18n/fr/private-messages";
import { frNotificationsPage } from "#app/i18n/fr/notifications-page";
import { frEmailSettings } from "#app/i18n/fr/email-settings";
import { frModeration } from "#app/i18n/fr/moderation";
import { frSite } from "#app/i18n/fr/site";
import { frAccountConfirmation } from "#app/i18n/fr/account-confirmation";
import { frHelping } from "#app/i18n/fr/helping";
import { frHome } from "#app/i18n/fr/home";
import { frAccountSecurity } from "#app/i18n/fr/account-security";
import { frDirectory } from "#app/i18n/fr/directory";
import { frListings } from "#app/i18n/fr/listings";
import { frPartners } from "#app/i18n/fr/partners";
import { frRecommendations } from "#app/i18n/fr/recommendations";
import { frLayout } from "#app/i18n/fr/layout";
import { frDeals } from "#app/i18n/fr/deals";
import { frEvents } from "#app/i18n/fr/events";
import { frNews } from "#app/i18n/fr/news";

export const fr = {
  ...frCore,
  ...frQuestions,
  ...frPeople,
  ...frSearch,
  ...frNotifications,
  ...frPrivateMessages,
  ...frNotificationsPage,
  ...frEmailSettings,
  ...frModeration,
  ...frSite,
  ...frAccountConfirmation,
  ...frHelping,
  ...frHome,
  ...frAccountSecurity,
  ...frDirectory,
  ...frListings,
  ...frPartners,
  ...frRecommendations,
  ...frLayout,
  ...frDeals,
  ...frEvents,
  ...frNews,
} as const;
