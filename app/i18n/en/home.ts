import type { Translation } from "#app/i18n/messages";
import type { frHome } from "#app/i18n/fr/home";

/**
 * English messages of the everyday home: “Around me”, following a commune,
 * the welcome path after sign-up and personal invitations; same keys as fr/home.ts.
 */
export const enHome: Translation<typeof frHome> = {
  "home.around.title": "Around me",
  "home.around.titleOf": "Around {place}",
  "home.around.where": "{place} and within {radius} km",
  "home.around.help": "Open requests for help",
  "home.around.questions": "New questions",
  "home.around.placePage": "All the mutual aid in {place}",
  "home.around.remembered": "You are seeing what happens around {place}.",
  "home.around.changePlace": "Change commune",
  "home.around.answers": "New answers in your conversations",
  "home.around.answerIn": "{name} answered “{question}”",
  "notification.invitation-accepted":
    "{actor} joined Coup de main through your invitation: you can vouch for them in one tap",
  "emails.type.invitation-accepted": "A neighbour I invited joined Coup de main",
  "refusal.too-many-invitations":
    "You already have 10 open invitation links: withdraw one before creating another.",
  "refusal.invitation-email-unverified": "Confirm your email address first to invite neighbours.",
  "place.follow": "Follow {place}",
  "place.unfollow": "Unfollow {place}",
  "place.following": "You follow {place}: its new questions come in your digest.",
  "place.followingAround":
    "You follow {place} and around it ({radius} km): new questions come in your digest.",
  "invitations.welcome":
    "{name} invites you to join Coup de main, mutual aid between neighbours. Welcome!",
  "invitations.title": "Invite neighbours",
  "invitations.intro":
    "Send your personal link to a neighbour. Once they have joined Coup de main you will hear of it, and can vouch for them in one tap if you are yourself a verified neighbour near them.",
  "invitations.joined": "Neighbours who came thanks to you",
  "invitations.links": "Your invitation links",
  "invitations.linkLabel": "Your personal invitation link",
  "invitations.share": "Share the link",
  "invitations.copy": "Copy the link",
  "invitations.copied": "Link copied: paste it into a message to your neighbour.",
  "invitations.copyByHand": "Select the link above to copy it.",
  "invitations.shareTitle": "Join me on Coup de main",
  "invitations.shareText": "Mutual aid between neighbours: I invite you to join us.",
  "invitations.expires": "Valid until {date}, for one neighbour.",
  "invitations.revoke": "Withdraw this link",
  "invitations.revoked": "The link is withdrawn: it no longer works.",
  "invitations.notFound": "This link does not exist or no longer works.",
  "invitations.create": "Create my invitation link",
  "invitations.createAnother": "Create another link",
  "invitations.created": "Your link is ready: send it to a neighbour.",
  "invitations.vouch": "I vouch for {name}",
  "onboarding.title": "Welcome",
  "onboarding.progress": "Step {step} of {total}",
  "onboarding.skip": "Skip this step",
  "onboarding.next": "Continue",
  "onboarding.finish": "Finish and see what happens around me",
  "onboarding.commune.title": "Your commune",
  "onboarding.commune.intro":
    "Where do you live, and how far around it do you want to see your neighbours’ requests?",
  "onboarding.commune.radius": "Around my home",
  "onboarding.commune.follow":
    "You follow your commune and around it: new questions come in your daily digest. You can change this in your follows.",
  "onboarding.commune.submit": "Save and continue",
  "onboarding.aide.title": "What you can do for your neighbours",
  "onboarding.aide.intro":
    "DIY, gardening, computers, paperwork, childcare, cooking… Everyone can do something that helps.",
  "onboarding.aide.answer":
    "The simplest way to start: answer a question near you. Your neighbours will know they can count on you.",
  "onboarding.aide.profile": "Complete my profile: bio, photo",
  "onboarding.aide.skills": "I can help with… (up to {max})",
  "onboarding.aide.where":
    "Neighbours will find you in “Who can help me?”. You can change this, and add a short bio and a photo, in your profile.",
  "onboarding.verification.title": "Get your neighbourhood verified",
  "onboarding.verification.done": "Your neighbourhood is already verified: nothing to do here.",
  "onboarding.verification.unlocksTitle": "What verification lets you do",
  "onboarding.verification.unlocks.badge":
    "the “Verified neighbour” badge next to your name, which builds trust;",
  "onboarding.verification.unlocks.vote": "vote “Useful” for answers that help;",
  "onboarding.verification.unlocks.vouch":
    "vouch for your neighbours, and help them get verified in turn;",
  "onboarding.verification.unlocks.more":
    "with experience, vote to close questions and improve other people’s.",
  "onboarding.verification.already":
    "Right away, you can already ask questions, answer, comment and write to your neighbours.",
  "onboarding.verification.nearTitle": "Who can verify you near {place} (within {radius} km)",
  "onboarding.verification.ambassadorsIntro":
    "Ambassadors verify the residents of their commune and give codes to partner places (town hall, café, association). Write to them:",
  "onboarding.verification.noAmbassador":
    "No ambassador near you yet: ask two verified neighbours.",
  "onboarding.verification.vouchHow":
    "All it takes is {count} verified neighbours who know you to vouch for you. Open their profile and ask them:",
  "onboarding.verification.noNeighbour":
    "No verified neighbour lives within 5 km yet: invite the ones you know, in the next step.",
  "onboarding.verification.where": "{place}, {distance} km",
  "onboarding.verification.write": "Write to {name}",
  "onboarding.verification.code": "I have a code from a partner place",
  "onboarding.inviter.title": "Invite a neighbour",
  "onboarding.inviter.manage": "See all my invitation links",
} as const;
