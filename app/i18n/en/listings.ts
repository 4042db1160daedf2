import type { Translation } from "#app/i18n/messages";
import type { frListings } from "#app/i18n/fr/listings";

/** English messages of listing claims and management; same keys as fr/listings.ts. */
export const enListings: Translation<typeof frListings> = {
  "claim.title": "Claim “{name}”",
  "claim.intro":
    "Do you run this place? Tell us your role: an ambassador or moderator of {place} will check (a call back, a visit or a document) before handing you the listing.",
  "claim.role": "Your role",
  "claim.roleHint": "For instance: manager, chair of the association, treasurer.",
  "claim.roleRequired": "Give your role (at least 2 characters).",
  "claim.message": "How to reach you for the check (optional)",
  "claim.messageHint":
    "A number to call you back, a time to drop by: only the commune’s team reads it.",
  "claim.submit": "Send the request",
  "claim.pending": "Your request is waiting: the team of {place} will contact you to check.",
  "claim.alreadyManager": "You already run this listing.",
  "claim.needsVerification":
    "To claim a listing, first get your neighbourhood verified: the commune’s team then knows whom it calls back.",
  "claim.howToVerify": "Get my neighbourhood verified",
  "claim.checkRequired": "Say how you checked.",
  "claim.noteRequired": "Note what you checked.",
  "claim.reasonRequired": "Give the reason (at least 5 characters): it will be public.",

  "claims.title": "Listings to check",
  "claims.pending": {
    one: "{count} request waiting",
    other: "{count} requests waiting",
  },
  "claims.nonePending": "No request waiting.",
  "claims.claimBy": "Request from {name} for {listing}",
  "claims.who": "“{role}”, asked on {date} by",
  "claims.checkLabel": "Check made",
  "claims.checkChoose": "Choose…",
  "claims.check.phone-callback": "Called back on the place’s public number",
  "claims.check.visit": "Visit on site",
  "claims.check.document": "Document seen (registration, statutes, minutes)",
  "claims.note": "Check note",
  "claims.noteHint": "For the team only: whom you spoke to, when, what you saw.",
  "claims.approve": "Approve",
  "claims.refuse": "Refuse",
  "claims.approved": "Request approved: the listing has a new manager.",
  "claims.refused": "Request refused.",
  "claims.managers": "Listings’ managers",
  "claims.noManagers": "No listing has a manager yet.",
  "claims.managerOf": "{name}, manager of {listing}",
  "claims.revokeReason": "Reason for the withdrawal",
  "claims.revokeHint": "Public: it appears in the commune’s moderation log.",
  "claims.revoke": "Withdraw the management",
  "claims.revoked": "Management withdrawn; the moderation log says so.",
  "ambassador.claimsLink": "Listings to check and managers",

  "listing.newTitle": "Add a place to the directory",
  "listing.newIntro":
    "An association, a shop, a third place missing from the directory? Add it: you will run it once the commune’s team has checked.",
  "listing.name": "Name",
  "listing.category": "Category",
  "listing.create": "Add and claim",
  "directory.addListing": "A place missing? Add it",
  "listing.manage": "Manage the listing",
  "listing.manageTitle": "Manage “{name}”",
  "listing.description": "Presentation",
  "listing.descriptionHint": "Markdown accepted: lists, links, bold.",
  "listing.contact": "Contact",
  "listing.email": "Contact email",
  "listing.emailHint": "Never shown: neighbours’ messages reach you through a form.",
  "listing.street": "Street and number",
  "listing.postalCode": "Postcode",
  "listing.addressPublic": "Show the address on the listing (shop, place open to the public)",
  "listing.soleTraderHint": "Sole trader: the address is shown only if you tick the box.",
  "listing.save": "Save",
  "listing.saved": "Listing saved.",
  "listing.revisions": "Changes",
  "listing.noRevisions": "No change yet.",
  "listing.revisionBy": "by {name}",
  "listing.formerMember": "a former member",
  "listing.phoneInvalid": "A phone number: digits, spaces, dots or +.",
  "listing.websiteInvalid": "A full web address, starting with https://.",
  "listing.emailInvalid": "A valid email address.",
  "listing.postalCodeInvalid": "A 5-digit postcode.",
  "listing.categoryRequired": "Choose a category.",

  "hours.form.weeklyHint":
    "Two slots a day (a lunch break); leave a closed day blank. A closing time before the opening one (22:00 – 02:00) ends the next day.",
  "hours.form.opens": "Opens {n}",
  "hours.form.closes": "Closes {n}",
  "hours.form.special": "Holidays and exceptional closures",
  "hours.form.specialHint":
    "Without times, the place is closed on those days; with times, they replace the week’s.",
  "hours.form.specialRow": "Special day {n}",
  "hours.form.from": "From",
  "hours.form.through": "To (optional)",
  "hours.form.reason": "Reason",
  "hours.form.specialOpens": "Opens (optional)",
  "hours.form.specialCloses": "Closes (optional)",
  "hours.form.timeInvalid": "A time such as 09:30.",
  "hours.form.dayInvalid": "A valid date.",
  "hours.form.bothTimes": "Give both the opening and the closing time.",
  "hours.form.throughBeforeFrom": "The end comes after the start.",

  "log.action.revoke-claim": "Management of a listing withdrawn",
  "log.action.merge-listing": "Duplicate listing merged into another",
  "log.reason": "reason: {reason}",
  "log.target.organisation": "a directory listing",
  "notification.moderation.revoke-claim": "management of the listing withdrawn ({rule})",
  "notification.moderation.merge-listing": "listing merged into another ({rule})",

  "notification.claim-approved":
    "Your request is approved: you now run the listing, complete it (hours, contact, presentation)",
  "notification.claim-refused":
    "Your request to run a listing was not accepted by the commune’s team",
  "emails.type.claim-approved": "My request to run a listing is approved",
  "emails.type.claim-refused": "My request to run a listing is refused",
  "refusal.claim-needs-verified-neighbour":
    "First get your neighbourhood verified to claim a listing.",
  "refusal.claim-exists": "You already have a request under way, or already run this listing.",
  "refusal.claim-not-pending": "This request was already dealt with.",
  "refusal.claim-not-approved": "This member no longer runs this listing.",
  "refusal.not-listing-staff":
    "Only the team (ambassadors, moderators) of the listing’s commune can do that.",
  "refusal.listing-already-merged": "This listing was already merged into another.",
  "refusal.merge-into-itself": "Choose another listing than this one.",
  "refusal.merge-target-unavailable":
    "The listing to keep does not exist or was itself merged into another.",
  "refusal.merge-partnership-running":
    "This listing has a running or upcoming partnership: end it first, then merge.",
  "refusal.merge-deals-live":
    "This listing has current or upcoming deals: withdraw them first, then merge.",
  "refusal.listing-without-manager": "This listing has no manager to answer you yet.",
  "contact.title": "Write to “{name}”",
  "contact.intro":
    "Your message reaches the listing’s managers, in their messages; their answer will arrive in yours. Their email address is never shown.",
  "contact.label": "Your message",
  "contact.sent": {
    one: "Message sent to the listing’s manager. Their answer will arrive in your messages.",
    other:
      "Message sent to the listing’s {count} managers. Their answers will arrive in your messages.",
  },
  "contact.link": "Write to the managers",
  "contact.noManager": "This listing has no manager yet: nobody would read your message.",
  "refusal.not-listing-manager": "Only the listing’s managers can edit it.",
};
