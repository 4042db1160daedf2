/**
 * Members are known by their real names, but only to each other: visitors and
 * search engines see the first name and the initial of the last name.
 */
export function memberName(
  person: { firstName: string; lastName: string },
  { full }: { full: boolean },
): string {
  if (full) return `${person.firstName} ${person.lastName}`;
  const initial = Array.from(person.lastName.trim())[0];
  return initial ? `${person.firstName} ${initial.toLocaleUpperCase("fr")}.` : person.firstName;
}

/** How an author is shown: the name as the viewer may see it, or "Ancien membre" once the account is erased. */
export function authorName(
  person: { firstName: string; lastName: string; deleted: boolean },
  { full, formerMember }: { full: boolean; formerMember: string },
): string {
  return person.deleted ? formerMember : memberName(person, { full });
}
