/**
 * The English catalogue: the French keys, each translated (the type refuses a
 * missing key, or a plain sentence where French has plural forms).
 */
import type { Catalogue } from "#app/i18n/messages";
import { enCore } from "#app/i18n/en/core";
import { enQuestions } from "#app/i18n/en/questions";
import { enPeople } from "#app/i18n/en/people";
import { enSearch } from "#app/i18n/en/search";
import { enNotifications } from "#app/i18n/en/notifications";
import { enPrivateMessages } from "#app/i18n/en/private-messages";
import { enNotificationsPage } from "#app/i18n/en/notifications-page";
import { enEmailSettings } from "#app/i18n/en/email-settings";
import { enModeration } from "#app/i18n/en/moderation";
import { enSite } from "#app/i18n/en/site";
import { enAccountConfirmation } from "#app/i18n/en/account-confirmation";
import { enHelping } from "#app/i18n/en/helping";
import { enHome } from "#app/i18n/en/home";
import { enAccountSecurity } from "#app/i18n/en/account-security";
import { enDirectory } from "#app/i18n/en/directory";
import { enListings } from "#app/i18n/en/listings";
import { enDeals } from "#app/i18n/en/deals";
import { enPartners } from "#app/i18n/en/partners";
import { enRecommendations } from "#app/i18n/en/recommendations";
import { enLayout } from "#app/i18n/en/layout";
import { enEvents } from "#app/i18n/en/events";
import { enNews } from "#app/i18n/en/news";

export const en: Catalogue = {
  ...enCore,
  ...enQuestions,
  ...enPeople,
  ...enSearch,
  ...enNotifications,
  ...enPrivateMessages,
  ...enNotificationsPage,
  ...enEmailSettings,
  ...enModeration,
  ...enSite,
  ...enAccountConfirmation,
  ...enHelping,
  ...enHome,
  ...enAccountSecurity,
  ...enDirectory,
  ...enListings,
  ...enDeals,
  ...enPartners,
  ...enRecommendations,
  ...enLayout,
  ...enEvents,
  ...enNews,
};
