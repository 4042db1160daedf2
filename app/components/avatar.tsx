import type { ShownImage } from "#app/domain/images";
import { useTranslate } from "#app/i18n/i18n";

const AVATAR_COLOURS = 6;

/** Two letters for a name: "Camille D." → "CD", "Karim Benali" → "KB". */
export function initials(name: string) {
  const letters = name
    .split(/[\s.-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase("fr"));
  return letters.join("") || "?";
}

/** The same member always gets the same colour: a small hash of their id. */
export function avatarColour(id: string) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % AVATAR_COLOURS) + 1;
}

/**
 * A member's picture: their photo when they gave one, else their initials
 * on a colour of the palette. Either way it has an accessible name.
 */
export function Avatar({
  person,
  size,
}: {
  person: { id: string | null; name: string; avatar?: ShownImage | null };
  size: "small" | "large";
}) {
  const t = useTranslate();
  if (person.avatar) {
    const pixels = size === "small" ? 32 : 80;
    return (
      <img
        className={`avatar avatar--${size}`}
        src={person.avatar.src}
        srcSet={person.avatar.srcSet}
        sizes={`${pixels}px`}
        width={pixels}
        height={pixels}
        alt={t("avatar.label", { name: person.name })}
        loading="lazy"
      />
    );
  }
  return (
    <span
      className={`avatar avatar--${size} avatar--initials avatar--colour-${avatarColour(person.id ?? person.name)}`}
      role="img"
      aria-label={t("avatar.initials", { name: person.name })}
    >
      {initials(person.name)}
    </span>
  );
}
