import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadCatalogue } from "#app/i18n/load-catalogue";
import { keepTypedValuesThroughHydration } from "#app/components/typed-before-hydration";

/**
 * The server rendered the page complete, in its reader's language
 * (`<html lang>`). The browser downloads that language's catalogue, and only
 * that one (the root preloads it), before hydrating, so its first render says
 * what the server said.
 * A change of language is a new page (/langue answers with a document
 * redirect), which loads the other catalogue.
 *
 * Whatever the reader typed meanwhile stays, even if hydration fails and
 * React renders the page anew (typed-before-hydration.ts).
 */
void loadCatalogue(document.documentElement.lang).then(() => {
  const restoreTypedValues = keepTypedValuesThroughHydration();
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
      {
        onRecoverableError(error) {
          console.error(error);
          restoreTypedValues();
        },
      },
    );
  });
});
