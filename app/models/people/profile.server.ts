import { asc, eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { memberSkills, users } from "#db/schema";
import {
  BIO_MAX,
  FREE_TAG_MAX_LENGTH,
  FREE_TAGS_MAX,
  isSkillSlug,
  SKILLS_MAX,
  SKILL_SLUGS,
  type SkillSlug,
} from "#app/domain/skills";
import { suspensionRefusal, type Actor } from "#app/models/members/privileges.server";
import { refused, type Outcome } from "#app/models/refusals";

/** What a member tells neighbours about themself: a short bio, skills from the list, free tags. */
export type HelpProfile = { bio: string; skills: SkillSlug[]; tags: string[] };

/** A member's bio, skills (in the list's order) and free tags (alphabetical). */
export function getHelpProfile(db: AppDatabase, userId: string): HelpProfile {
  const user = db.select({ bio: users.bio }).from(users).where(eq(users.id, userId)).get();
  return { bio: user?.bio ?? "", ...skillsOf(db, [userId]).get(userId)! };
}

/** The skills and tags of several members at once (one query, for a page of results). */
export function skillsOf(db: AppDatabase, userIds: string[]) {
  const found = new Map<string, { skills: SkillSlug[]; tags: string[] }>(
    userIds.map((id) => [id, { skills: [], tags: [] }]),
  );
  if (!userIds.length) return found;
  const rows = db
    .select()
    .from(memberSkills)
    .where(inArray(memberSkills.userId, userIds))
    .orderBy(asc(memberSkills.skill))
    .all();
  for (const row of rows) {
    const entry = found.get(row.userId)!;
    if (row.kind === "skill" && isSkillSlug(row.skill)) entry.skills.push(row.skill);
    else if (row.kind === "tag") entry.tags.push(row.skill);
  }
  for (const entry of found.values()) {
    entry.skills.sort((a, b) => SKILL_SLUGS.indexOf(a) - SKILL_SLUGS.indexOf(b));
  }
  return found;
}

/**
 * Replaces the member's bio, skills and tags. The form's schema already
 * bounds them; the bounds are checked again here because the bio is public
 * text that a script could otherwise fill. A suspended member keeps the
 * profile they had. A free tag that names a listed skill becomes that skill.
 */
export function updateHelpProfile(
  db: AppDatabase,
  actor: Actor,
  input: HelpProfile,
): Outcome<HelpProfile> {
  const suspended = suspensionRefusal(actor);
  if (suspended) return refused(suspended);
  const skills = [...new Set([...input.skills, ...input.tags].filter(isSkillSlug))];
  const tags = [...new Set(input.tags)].filter((tag) => !isSkillSlug(tag));
  const bio = input.bio.trim();
  if (
    bio.length > BIO_MAX ||
    skills.length > SKILLS_MAX ||
    tags.length > FREE_TAGS_MAX ||
    tags.some((tag) => !tag || tag.length > FREE_TAG_MAX_LENGTH)
  ) {
    return refused({ reason: "not-allowed" });
  }
  db.transaction(() => {
    db.update(users)
      .set({ bio: bio || null })
      .where(eq(users.id, actor.id))
      .run();
    db.delete(memberSkills).where(eq(memberSkills.userId, actor.id)).run();
    const rows = [
      ...skills.map((skill) => ({ userId: actor.id, skill, kind: "skill" as const })),
      ...tags.map((skill) => ({ userId: actor.id, skill, kind: "tag" as const })),
    ];
    if (rows.length) db.insert(memberSkills).values(rows).run();
  });
  return { ok: true, bio, skills, tags };
}

/**
 * Only the skills from the list (the welcome path's step, /bienvenue): the
 * bio and the free tags stay as they were, under the same checks.
 */
export function setSkills(
  db: AppDatabase,
  actor: Actor,
  skills: SkillSlug[],
): Outcome<HelpProfile> {
  const { bio, tags } = getHelpProfile(db, actor.id);
  return updateHelpProfile(db, actor, { bio, skills, tags });
}
