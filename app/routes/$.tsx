/** Any URL no other route matches: the friendly 404 of the root error boundary, inside the layout. */
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
