import { skillLabel } from "#app/domain/skills";
import { useLocale } from "#app/i18n/i18n";

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
