/** Any URL no other route matches: the friendly 404 of the root error boundary, inside the layout. */
import { notFound } from "#app/server/not-found.server";
export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
