/**
 * The welcome path after a new member confirms their e-mail (/bienvenue):
 * short, in this order, every step skippable. The values are the `etape`
 * parameter of its URL.
 */
export const ONBOARDING_STEPS = ["commune", "aide", "verification", "inviter"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** The step after this one, or null after the last. */
export function nextStep(step: OnboardingStep): OnboardingStep | null {
  return ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) + 1] ?? null;
}

/** The page of a step; after the last one, « Autour de moi ». */
export const stepHref = (step: OnboardingStep | null) => (step ? `/bienvenue?etape=${step}` : "/");
