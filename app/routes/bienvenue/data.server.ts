import { DEFAULT_HOME_RADIUS_KM, VERIFY_NEAR_KM } from "#app/domain/home";
import { ONBOARDING_STEPS, type OnboardingStep } from "#app/domain/onboarding";
import { invitationUrl, listInvitations } from "#app/models/invitations/invitations.server";
import { ambassadorsNear, verifiedNeighboursNear } from "#app/models/members/helpers-near.server";
import { getHome } from "#app/models/members/home.server";
import { getHelpProfile } from "#app/models/people/profile.server";
import { activeVerification } from "#app/models/members/verification.server";
import { VOUCH_RADIUS_KM, VOUCHES_NEEDED } from "#app/models/members/vouches.server";
import type { SessionUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

export function stepFrom(url: URL): OnboardingStep {
  const asked = url.searchParams.get("etape");
  return ONBOARDING_STEPS.find((step) => step === asked) ?? ONBOARDING_STEPS[0];
}

/** What the welcome path's current step needs, and nothing more. */
export function onboardingStepData(user: SessionUser, step: OnboardingStep) {
  const db = getDb();
  const home = getHome(db, user.id);
  switch (step) {
    case "commune":
      return {
        step,
        home: home
          ? { code: home.code, name: home.name, radiusKm: home.radiusKm }
          : { code: "", name: "", radiusKm: DEFAULT_HOME_RADIUS_KM },
      };
    case "aide":
      return { step, skills: getHelpProfile(db, user.id).skills };
    case "verification": {
      const verified = Boolean(activeVerification(db, user));
      const ambassadors = home ? ambassadorsNear(db, home, VERIFY_NEAR_KM, user.id) : [];
      // Without an ambassador nearby, the neighbours who could vouch (within the vouch radius).
      const neighbours =
        home && ambassadors.length === 0
          ? verifiedNeighboursNear(db, home, VOUCH_RADIUS_KM, user.id)
          : [];
      return {
        step,
        verified,
        placeName: home?.name ?? null,
        nearKm: VERIFY_NEAR_KM,
        vouchesNeeded: VOUCHES_NEEDED,
        ambassadors,
        neighbours,
      };
    }
    case "inviter": {
      const open = listInvitations(db, user.id).find((invitation) => invitation.token);
      return {
        step,
        emailVerified: user.emailVerified,
        inviteUrl: open?.token ? invitationUrl(open.token) : null,
      };
    }
  }
}
