/**
 * The page of a route that only redirects, and may take forms (a visit is
 * redirected before it renders). Nothing is shown, but having a page makes it
 * a page route: an error it throws (a 404, a 400, defineAction's 429) is the
 * site's error page in the reader's language, not plain text.
 */
export function NothingShown() {
  return null;
}
