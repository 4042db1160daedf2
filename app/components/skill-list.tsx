import type { FieldMetadata } from "@conform-to/react";
import { SKILLS, skillLabel } from "#app/domain/skills";
import { useLocale } from "#app/i18n/i18n";
import { ChoiceField } from "./forms";

/** What someone can help with, as chips under a label (listed skills in words, free tags as typed). */
export function SkillList({ label, skills }: { label: string; skills: string[] }) {
  const locale = useLocale();
  return (
    <div className="skills">
      <p className="skills__label">{label}</p>
      <ul className="skill-list" aria-label={label}>
        {skills.map((skill) => (
          <li key={skill} className="skill">
            {skillLabel(skill, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The list's skills as checkboxes under a legend (the profile page and the
 * welcome path): those sent back with an error are ticked, else `saved`.
 */
export function SkillChoices({
  legend,
  field,
  saved,
}: {
  legend: string;
  field: FieldMetadata<string[] | undefined>;
  saved: readonly string[];
}) {
  const locale = useLocale();
  const checked = new Set(Array.isArray(field.initialValue) ? field.initialValue : saved);
  return (
    <ChoiceField legend={legend} field={field}>
      <div className="skill-choices">
        {SKILLS.map((skill) => (
          <label key={skill.slug}>
            <input
              type="checkbox"
              name={field.name}
              value={skill.slug}
              defaultChecked={checked.has(skill.slug)}
            />
            {skill[locale]}
          </label>
        ))}
      </div>
    </ChoiceField>
  );
}
