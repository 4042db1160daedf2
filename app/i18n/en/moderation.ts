import type { Translation } from "#app/i18n/messages";
import type { frModeration } from "#app/i18n/fr/moderation";

/**
 * English messages of moderation: reports, the queue, the public log, the rules, the first-day
 * limits; same keys as fr/moderation.ts.
 */
export const enModeration: Translation<typeof frModeration> = {
  "moderation.tomorrowAt": "tomorrow at {time}",
  "refusal.suspended": "Your account is suspended until {date}: you can read, but not take part.",
  "refusal.question-locked":
    "This question is locked by the moderators: no more answers, comments or votes.",
  "refusal.new-member-limit.question": {
    by: "limit",
    one: "In their first 24 hours, new members can ask {limit} question.",
    other: "In their first 24 hours, new members can ask {limit} questions.",
  },
  "refusal.new-member-limit.answer": {
    by: "limit",
    one: "In their first 24 hours, new members can write {limit} answer.",
    other: "In their first 24 hours, new members can write {limit} answers.",
  },
  "refusal.new-member-limit.message": {
    by: "limit",
    one: "In their first 24 hours, new members can send {limit} message.",
    other: "In their first 24 hours, new members can send {limit} messages.",
  },
  "refusal.new-member-links": {
    by: "limit",
    one: "In their first 24 hours, new members can put at most {limit} link in a post.",
    other: "In their first 24 hours, new members can put at most {limit} links in a post.",
  },
  "refusal.new-member-until.question": "You can ask more from {when}.",
  "refusal.new-member-until.answer": "You can write more from {when}.",
  "refusal.new-member-until.message": "You can send more from {when}.",
  "refusal.new-member-until.links": "You can add more from {when}.",

  "flag.link": "Report",
  "flag.linkLabel.question": "Report this question",
  "flag.linkLabel.answer": "Report this answer",
  "flag.linkLabel.comment": "Report this comment",
  "flag.linkLabel.member": "Report this profile",
  "flag.title": "Report",
  "flag.intro":
    "Tell us what is wrong. Your report is anonymous: neither the person concerned nor the public will know it came from you.",
  "flag.what.question": "You are reporting the question “{title}”.",
  "flag.what.answer": "You are reporting an answer to the question “{title}”.",
  "flag.what.comment": "You are reporting a comment on the question “{title}”.",
  "flag.what.message": "You are reporting a private message.",
  "flag.what.conversation": "You are reporting a private conversation.",
  "flag.what.member": "You are reporting the profile of {name}.",
  "flag.reason": "Why?",
  "flag.reason.spam": "Spam or advertising",
  "flag.reason.offensive": "Offensive",
  "flag.reason.dangerous": "Dangerous or illegal",
  "flag.reason.off-topic": "Off topic",
  "flag.reason.other": "Other",
  "flag.details": "Details",
  "flag.detailsHint": "Required for “Other”, 500 characters at most.",
  "flag.reasonRequired": "Choose a reason.",
  "flag.detailsRequired": "Say what is wrong.",
  "flag.detailsTooLong": "500 characters at most.",
  "flag.submit": "Send the report",
  "flag.back": "Back",
  "flag.thanks": "Thank you: your report was passed on to the moderators.",
  "flag.thanksHidden":
    "Thank you: after several reports, this content is hidden until a moderator reviews it.",
  "flag.already": "You already reported this: it is noted, thank you.",
  "flag.refusal.own-content": "You cannot report what you wrote yourself.",
  "flag.refusal.other-needs-details": "Say what is wrong.",
  "flag.refusal.not-found": "This content does not exist or is no longer visible.",

  "moderation.title": "Moderation",
  "moderation.intro":
    "Reported content in the towns you look after, hidden content first. People who report are never named.",
  "moderation.ambassadorNote":
    "Ambassadors can dismiss reports, hide, restore and lock a question; deleting, suspending a member and revoking a verification are for moderators.",
  "moderation.placeFilter": "Town",
  "moderation.allPlaces": "All my towns",
  "moderation.filterSubmit": "Show",
  "moderation.empty": "Nothing to review for now.",
  "moderation.forbidden": "This page is for moderators, ambassadors and administrators.",
  "moderation.kind.question": "Question",
  "moderation.kind.answer": "Answer",
  "moderation.kind.comment": "Comment",
  "moderation.kind.message": "Private message",
  "moderation.kind.conversation": "Private conversation",
  "moderation.kind.member": "Member",
  "moderation.state.pending-review": "Hidden until you review it",
  "moderation.state.hidden": "Hidden",
  "moderation.state.deleted": "Deleted",
  "moderation.locked": "Question locked",
  "moderation.author": "Author: {name}",
  "moderation.place": "Town: {place}",
  "moderation.weight": "Weight of the reports: {weight} (threshold: {threshold})",
  "moderation.reasons": "Reasons given",
  "moderation.reasonCount": "{reason}: {count}",
  "moderation.otherTexts": "Details given with “Other”",
  "moderation.openContent": "See the content",
  "moderation.readConversation": "Read the conversation (the reading is logged)",
  "moderation.decisionFor": "Decision on: {kind}",
  "moderation.decision": "Decision",
  "moderation.decision.dismiss": "Dismiss the reports",
  "moderation.decision.hide": "Hide",
  "moderation.decision.delete": "Delete",
  "moderation.decision.restore": "Restore",
  "moderation.decision.lock": "Lock the question",
  "moderation.decision.unlock": "Unlock the question",
  "moderation.decision.suspend": "Suspend the member",
  "moderation.decision.revoke-verification": "Revoke the verification",
  "moderation.rule": "Rule",
  "moderation.rule.spam": "Spam",
  "moderation.rule.offensive": "Offensive content",
  "moderation.rule.dangerous": "Dangerous or illegal",
  "moderation.rule.off-topic": "Off topic",
  "moderation.rule.personal-data": "Personal data",
  "moderation.rule.other": "Other",
  "moderation.reason": "Reason shown to the author (optional)",
  "moderation.days": "Length of the suspension",
  "moderation.days.1": "1 day",
  "moderation.days.7": "7 days",
  "moderation.days.30": "30 days",
  "moderation.submit": "Apply the decision",
  "moderation.done": "Decision recorded and published in the moderation log.",
  "moderation.invalid": "Choose a decision and a rule.",
  "moderation.refusal.not-found": "This content no longer exists.",
  "moderation.refusal.not-allowed": "You cannot take this decision here.",
  "moderation.refusal.not-applicable": "This decision does not apply to this content.",
  "moderation.publicLogLink": "Public moderation log of {place}",
  "moderation.rulesLink": "The moderation rules",
  "moderation.conversation.title": "Reported conversation",
  "moderation.conversation.between": "Between {names}",
  "moderation.conversation.logged":
    "You are reading this conversation because it was reported: your reading is logged.",
  "moderation.conversation.reported": "Reported",
  "moderation.conversation.empty": "No messages.",
  "moderation.conversation.back": "Back to the moderation queue",
  "moderation.notice.pending-review.question.mine":
    "Your question is hidden until a moderator reviews it, after neighbours reported it (rule: {rule}).",
  "moderation.notice.pending-review.question.others":
    "This question is hidden until a moderator reviews it (rule: {rule}).",
  "moderation.notice.pending-review.answer.mine":
    "Your answer is hidden until a moderator reviews it, after neighbours reported it (rule: {rule}).",
  "moderation.notice.pending-review.answer.others":
    "This answer is hidden until a moderator reviews it (rule: {rule}).",
  "moderation.notice.hidden.question.mine":
    "Your question was hidden by the moderators (rule: {rule}).",
  "moderation.notice.hidden.question.others":
    "This question was hidden by the moderators (rule: {rule}).",
  "moderation.notice.hidden.answer.mine":
    "Your answer was hidden by the moderators (rule: {rule}).",
  "moderation.notice.hidden.answer.others":
    "This answer was hidden by the moderators (rule: {rule}).",
  "moderation.notice.deleted.question.mine":
    "Your question was deleted by the moderators (rule: {rule}).",
  "moderation.notice.deleted.question.others":
    "This question was deleted by the moderators (rule: {rule}).",
  "moderation.notice.deleted.answer.mine":
    "Your answer was deleted by the moderators (rule: {rule}).",
  "moderation.notice.deleted.answer.others":
    "This answer was deleted by the moderators (rule: {rule}).",
  "moderation.notice.reason": "Reason: {reason}",
  "moderation.lockedNotice":
    "This question is locked by the moderators: no more answers, comments or votes.",

  "log.title": "Moderation log · {place}",
  "log.intro":
    "Every moderation decision taken in {place}: what, when, under which rule and by which role. People who report and moderators are never named, and removed content is not shown.",
  "log.empty": "No moderation decision in {place} yet.",
  "log.entries": "Decisions",
  "log.action.auto-hide": "Hidden pending review",
  "log.action.dismiss": "Reports dismissed",
  "log.action.hide": "Hidden",
  "log.action.delete": "Deleted",
  "log.action.restore": "Restored",
  "log.action.lock": "Locked",
  "log.action.unlock": "Unlocked",
  "log.action.suspend": "Suspended",
  "log.action.revoke-verification": "Verification revoked",
  "log.target.question": "a question",
  "log.target.answer": "an answer",
  "log.target.comment": "a comment",
  "log.target.message": "a private message",
  "log.target.conversation": "a private conversation",
  "log.target.member": "a member",
  "log.role.moderator": "a moderator",
  "log.role.ambassador": "an ambassador",
  "log.role.admin": "an administrator",
  "log.role.community": "the community",
  "log.rule": "rule: {rule}",
  "log.by": "by {role}",
  "log.suspension": {
    by: "days",
    one: "for {days} day",
    other: "for {days} days",
  },
  "log.see": "see",
  "log.older": "Older decisions",
  "log.newer": "Newer decisions",
  "log.pages": "Log pages",
  "log.placeLink": "Moderation log of {place}",
  "log.queueLink": "Moderation queue",

  "rules.title": "The moderation rules",
  "rules.intro":
    "Coup de main is a place for neighbours to help each other, under their real names. Moderation is done by neighbours of the town, openly, in a public log. Here is what gets removed, by whom, and how.",
  "rules.rulesTitle": "What does not belong here",
  "rules.rule.spam":
    "Spam: unsolicited advertising, repeated messages, links unrelated to the question.",
  "rules.rule.offensive":
    "Offensive content: insults, harassment, hateful or discriminatory words, personal attacks.",
  "rules.rule.dangerous":
    "Dangerous or illegal: advice that puts people at risk, sale of forbidden things, threats.",
  "rules.rule.off-topic": "Off topic: anything unrelated to neighbours helping each other.",
  "rules.rule.personal-data":
    "Personal data: someone’s address, phone number or private life without their consent.",
  "rules.rule.other": "Other: any other problem, explained in a few words.",
  "rules.flagsTitle": "Reports",
  "rules.flags":
    "Every member with a confirmed email can report content, once. A verified neighbour’s report weighs 1, an unverified member’s 0.5, with a bonus of 0.5 from 250 reputation points and 1 from 1,000. When the reports reach 3, the content is hidden until a moderator reviews it. A profile is never hidden automatically.",
  "rules.whoTitle": "Who decides",
  "rules.who":
    "The moderators and ambassadors of a town handle its reports, administrators those of every town. Ambassadors can dismiss reports, hide, restore and lock a question; deleting, suspending a member for 1, 7 or 30 days and revoking a verification are for moderators.",
  "rules.authorTitle": "What the author sees",
  "rules.author":
    "The author of removed content still sees it, in place, with the rule applied and the reason given, and gets a notification. Others no longer see it.",
  "rules.logTitle": "The public log",
  "rules.log":
    "Every decision goes into the town’s moderation log: the date, the decision, the kind of content, the rule and the role of who took it. Neither the people who report nor the moderators are named.",
  "rules.newMembersTitle": "The first 24 hours",
  "rules.newMembers":
    "In the 24 hours after confirming their email, a new member can ask 3 questions, write 10 answers and send 20 messages, with at most 2 links per post.",
  "rules.privateTitle": "Private conversations",
  "rules.private":
    "Private messages are read only by their two members. When one of them reports the conversation, the moderators of their town can read it while the report is open, and each reading is logged.",
};
