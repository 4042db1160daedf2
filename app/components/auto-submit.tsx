import { useSubmit } from "@remix-run/react";
import { useEffect, useState, type ChangeEvent } from "react";

/**
 * A GET form whose choice applies as soon as it changes: with JavaScript the
 * select submits its form on change and the button goes away; without it,
 * the button stays and does the same. Returns the select's `onChange` and
 * whether the button is still needed.
 */
export function useSubmitOnChange() {
  const submit = useSubmit();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return {
    needsButton: !hydrated,
    onChange: (event: ChangeEvent<HTMLSelectElement>) => {
      if (event.currentTarget.form) {
        submit(event.currentTarget.form, { preventScrollReset: true, replace: true });
      }
    },
  };
}
