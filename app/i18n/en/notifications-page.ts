import type { Translation } from "#app/i18n/messages";
import type { frNotificationsPage } from "#app/i18n/fr/notifications-page";

/**
 * English messages of the bell, the notifications page, follows and vouch requests; same keys as
 * fr/notifications-page.ts.
 */
export const enNotificationsPage: Translation<typeof frNotificationsPage> = {
  "bell.label": "Notifications",
  "bell.labelUnread": {
    one: "Notifications, {count} unread",
    other: "Notifications, {count} unread",
  },
  "notifications.title": "Notifications",
  "notifications.intro": "What happened around your questions, your answers and what you follow.",
  "notifications.empty":
    "No notifications yet. When a neighbour answers you or asks a question near you, you will see it here.",
  "notifications.unread": "Unread",
  "notifications.markAllRead": "Mark all as read",
  "notifications.allRead": "All your notifications are read.",
  "notifications.older": "Older notifications",
  "notifications.pages": "Notification pages",
  "notifications.newest": "Back to the newest",
  "notifications.emailSettings": "Choose when to receive emails",
  "notifications.followsLink": "Choose what you follow",
  "follows.title": "Follow questions",
  "follows.settingsLink": "Questions you follow near you",
  "follows.intro":
    "Follow a town, or the area around it, to hear of new questions asked there: in every category, or only those you care about.",
  "follows.digestNote":
    "You see them in your notifications; by default they are also emailed to you once a day in the digest.",
  "follows.mine": "What you follow",
  "follows.none": "You do not follow anything yet.",
  "follows.placeOnly.all": "Everything in {place}",
  "follows.placeOnly.category": "{category} in {place}",
  "follows.radius.all": "Everything within {radius} km of {place}",
  "follows.radius.category": "{category} within {radius} km of {place}",
  "follows.remove": "Unfollow",
  "follows.removeLabel": "Unfollow: {follow}",
  "follows.removed": "You no longer follow “{follow}”.",
  "follows.notFound": "This follow does not exist or is not yours.",
  "follows.add": "Follow something else",
  "follows.place": "Town",
  "follows.placeHint": "Its name or postal code. Your town by default.",
  "follows.radius": "Around",
  "follows.radiusPlaceOnly": "The town only",
  "follows.radiusKm": "Within {radius} km",
  "follows.category": "Category",
  "follows.allCategories": "All categories",
  "follows.submit": "Follow",
  "follows.added": "Done: you follow “{follow}”.",
  "follows.tooMany": "You already follow 20 things: remove one before adding another.",
  "follows.placeRequired": "Enter a town.",
  "follows.invalidChoice": "Choose a value from the list.",
  "vouchRequest.title": "Do you live near {name}?",
  "vouchRequest.text":
    "Two verified neighbours who know you can confirm you live here. You can ask {name}.",
  "vouchRequest.button.feminine": "Ask {name} to confirm I live near her",
  "vouchRequest.button.masculine": "Ask {name} to confirm I live near him",
  "vouchRequest.button.neutral": "Ask {name} to confirm I live near them",
  "vouchRequest.sent": "Sent: {name} will see your request in their notifications.",
  "vouchRequest.alreadySent": "You already asked {name}: no need to ask again.",
  "vouchRequest.refusal.self": "You cannot ask yourself.",
  "vouchRequest.refusal.not-verified": "Only verified neighbours can confirm where you live.",
  "vouchRequest.refusal.too-far":
    "Only a neighbour from your town or within 5 km can confirm where you live.",
  "vouchRequest.refusal.already-verified": "Your neighbourhood is already verified.",
  "vouchRequest.refusal.already-vouched": "This person has already vouched for you.",
  "vouchRequest.refusal.no-place": "Set your town in your settings first.",
};
