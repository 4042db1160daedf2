import type { AppDatabase } from "#db/client";
import type { Translate } from "#app/i18n/i18n";
import { isBlocked } from "#app/models/messages/blocks.server";
import { memberContribution, recentAnswers } from "#app/models/reputation/contribution.server";
import { questionPath } from "#app/models/questions/paths";
import { getMemberProfile } from "#app/models/members/users.server";
import { activeVerification } from "#app/models/members/verification.server";
import { isStaffFor } from "#app/models/members/staff-roles.server";
import {
  hasRequestedVouch,
  vouchersFor,
  vouchRefusal,
  vouchRequestRefusal,
} from "#app/models/members/vouches.server";
import { refusalMessage } from "#app/models/refusal-message";
import type { SessionUser } from "#app/server/auth.server";
import { memberName } from "#app/domain/names";
import { notFound } from "#app/server/not-found.server";
import { shownImage } from "#app/domain/images";
import { avatarsOf } from "#app/models/images/images.server";
import { getHelpProfile } from "#app/models/people/profile.server";

export type MemberProfile = NonNullable<ReturnType<typeof getMemberProfile>>;

/** The member of `/m/:id`, or a 404. */
export function loadMember(db: AppDatabase, id: string | undefined) {
  const profile = getMemberProfile(db, (id ?? "").slice(0, 40));
  if (!profile) throw notFound("member");
  return profile;
}

/**
 * What the profile shows the viewer: the full name for members, "Camille D."
 * for everyone else, and the buttons their rights allow (checked again by
 * the action, whatever the page showed).
 */
export function profilePageData(
  db: AppDatabase,
  profile: MemberProfile,
  viewer: SessionUser | null,
  { welcome, t }: { welcome: boolean; t: Translate },
) {
  const member = { id: profile.id, homePlaceId: profile.homePlaceId };
  const verification = activeVerification(db, member);
  const isSelf = viewer?.id === profile.id;
  const staff = viewer && profile.homePlaceId != null && !isSelf;
  const mayVouch = Boolean(viewer && !isSelf && !verification);
  const vouchRefused = viewer && mayVouch ? vouchRefusal(db, viewer, member) : null;
  const help = getHelpProfile(db, profile.id);
  const avatar = avatarsOf(db, [profile.id]).get(profile.id);
  return {
    id: profile.id,
    name: memberName(profile, { full: Boolean(viewer) }),
    avatar: avatar ? shownImage(avatar) : null,
    help,
    isSelf,
    canFlag: Boolean(viewer) && !isSelf,
    welcome: isSelf && welcome,
    place: profile.placeName ? { name: profile.placeName, slug: profile.placeSlug } : null,
    badge:
      verification && profile.placeName
        ? { style: profile.badgeStyle, place: profile.placeName }
        : null,
    vouchers: vouchersFor(db, member).map((voucher) => ({
      id: voucher.id,
      name: memberName(voucher, { full: Boolean(viewer) }),
    })),
    memberSince: profile.createdAt.toISOString(),
    vouch: mayVouch ? { refusal: vouchRefused && refusalMessage(t, vouchRefused) } : null,
    // Private messages: « Écrire » for members, and a way back for those who blocked this one.
    messaging: viewer && !isSelf ? { blockedByMe: isBlocked(db, viewer.id, profile.id) } : null,
    vouchRequest:
      viewer?.emailVerified && verification && !vouchRequestRefusal(db, viewer, member)
        ? {
            firstName: profile.firstName,
            style: profile.badgeStyle,
            requested: hasRequestedVouch(db, viewer.id, profile.id),
          }
        : null,
    canVerify: Boolean(staff && !verification && isStaffFor(db, viewer, profile.homePlaceId!)),
    canRevoke: Boolean(
      staff && verification && isStaffFor(db, viewer, verification.placeId, ["moderator"]),
    ),
    contribution: memberContribution(db, profile.id),
    recentAnswers: recentAnswers(db, profile.id, 10).map((answer) => ({
      id: answer.id,
      questionTitle: answer.questionTitle,
      href: `${questionPath({ id: answer.questionId, slug: answer.questionSlug })}#reponse-${answer.id}`,
      accepted: answer.accepted,
      helpful: answer.helpful,
      createdAt: answer.createdAt.toISOString(),
    })),
  };
}

export type ProfilePageData = ReturnType<typeof profilePageData>;
