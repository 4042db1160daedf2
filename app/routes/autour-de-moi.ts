import { redirect, type LoaderFunctionArgs } from "@remix-run/node";

/** The old « Près de moi » page: « Autour de moi » is the home page now (same parameters). */
export function loader({ request }: LoaderFunctionArgs) {
  return redirect(`/${new URL(request.url).search}`, 301);
}
