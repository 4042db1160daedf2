import type { Translation } from "#app/i18n/messages";
import type { frHelping } from "#app/i18n/fr/helping";

/** English messages of what neighbours can help with: profiles, "Who can help me?", photos. */
export const enHelping: Translation<typeof frHelping> = {
  "helpProfile.title": "What I can do for my neighbours",
  "helpProfile.settingsLink": "Your profile: about you, skills and photo",
  "helpProfile.intro":
    "What you write here is public: neighbours find you through “Who can help me?”. Visitors see only your first name, your last name's initial and your town.",
  "helpProfile.bio": "A few words about you",
  "helpProfile.bioHint":
    "At most {max} characters, plain text. For example: “Retired, I have a workshop and time on Saturdays.”",
  "helpProfile.bioTooLong": "No more than {max} characters.",
  "helpProfile.skills": "I can help with…",
  "helpProfile.skillsHint": "Tick up to {max} skills.",
  "helpProfile.tooManySkills": "No more than {max} skills.",
  "helpProfile.tags": "Other skills",
  "helpProfile.tagsHint":
    "Separated by commas, {max} at most (for example: knitting, piano, boat licence).",
  "helpProfile.tooManyTags": "No more than {max} skills besides the list.",
  "helpProfile.tagTooLong": "Each skill fits in {max} characters.",
  "helpProfile.save": "Save my profile",
  "helpProfile.saved": "Your profile is saved.",
  "helpProfile.view": "See my profile",
  "helpProfile.photo": "Profile photo",
  "helpProfile.photoHint":
    "Optional: without a photo, your initials are shown. JPEG, PNG, WebP or HEIC, 10 MB at most; camera and location details are removed.",
  "helpProfile.photoField": "Choose a photo",
  "helpProfile.photoSave": "Upload the photo",
  "helpProfile.photoSaved": "Your photo is online.",
  "helpProfile.photoRemove": "Remove my photo",
  "helpProfile.photoRemoved": "Your photo is removed: your initials replace it.",
  "helpProfile.photoMissing": "Choose a photo.",
  "profile.canHelpWith": "Can help with",
  "profile.about": "About",
  "avatar.label": "Photo of {name}",
  "avatar.initials": "Initials of {name}",
  "whoCanHelp.title": "Who can help me?",
  "whoCanHelp.intro":
    "Find neighbours who know how to do what you need, near you. Write to them to ask for a hand.",
  "whoCanHelp.skill": "With what?",
  "whoCanHelp.skillHint": "A skill from the list, or a word (knitting, piano…).",
  "whoCanHelp.place": "Near which town?",
  "whoCanHelp.radius": "Within",
  "whoCanHelp.radiusOption": "{radius} km",
  "whoCanHelp.submit": "Search",
  "whoCanHelp.results": {
    one: "{count} neighbour can help with “{skill}” near {place}",
    other: "{count} neighbours can help with “{skill}” near {place}",
  },
  "whoCanHelp.moreThanShown": "The first {shown} are shown: narrow the radius to see the nearest.",
  "whoCanHelp.none":
    "Nobody has listed “{skill}” within {radius} km of {place} yet. Widen the radius, or ask your question: a neighbour may know.",
  "whoCanHelp.ask": "Ask my neighbours",
  "whoCanHelp.choose": "Choose a skill and a town.",
  "whoCanHelp.placeNotFound": "We cannot find this town. Check its name or postcode.",
  "whoCanHelp.samePlace": "in {place}",
  "whoCanHelp.band": "in {place}, less than {km} km away",
  "whoCanHelp.write": "Write",
  "whoCanHelp.signInToWrite": "Sign in to write",
  "whoCanHelp.reputation": {
    one: "{count} helping point",
    other: "{count} helping points",
  },
  "whoCanHelp.link": "Who can help me? Find a neighbour who knows how",
  "whoCanHelp.emptySearchLink": "Look for a neighbour who knows how instead: “Who can help me?”",
  "whoCanHelp.yourProfile": "Tell neighbours what you can do, too",
  "photos.legend": "Photos (optional)",
  "photos.hint":
    "Up to {max} photos, 10 MB each (JPEG, PNG, WebP or HEIC). Camera and location details are removed. Show nobody without their consent.",
  "photos.field": "Choose photos",
  "photos.alt": "What photo {position} shows",
  "photos.altNamed": "What photo {position} ({file}) shows",
  "photos.altHint":
    "Required for each photo: one sentence for those who cannot see it (“Ginger tabby cat, blue collar”).",
  "photos.altTooLong": "No more than {max} characters.",
  "photos.chooseAgain":
    "For safety, chosen photos are not kept when the form comes back: choose them again.",
  "photos.gallery": "Photos",
  "refusal.image-type": "The file “{file}” is not a readable image (JPEG, PNG, WebP, GIF or HEIC).",
  "refusal.image-too-large": "The file “{file}” is over 10 MB.",
  "refusal.image-too-many-pixels": "The image “{file}” is too large (over 40 megapixels).",
  "refusal.image-too-many": "No more than 4 photos.",
  "refusal.image-alt-missing": "Describe photo {position} in one sentence.",
};
