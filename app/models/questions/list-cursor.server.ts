/** Where a page of a list ends: the (sort key, id) of its last item, opaque in the URL. */
export type ListCursor = { key: number; id: number };

export function encodeCursor(cursor: ListCursor) {
  return Buffer.from(`${cursor.key}.${cursor.id}`).toString("base64url");
}

/** A cursor from the URL, or null when it is absent or malformed (then the list starts over). */
export function decodeCursor(value: string | null): ListCursor | null {
  if (!value) return null;
  const match = /^(-?\d{1,12})\.(\d{1,12})$/.exec(Buffer.from(value, "base64url").toString());
  return match ? { key: Number(match[1]), id: Number(match[2]) } : null;
}
