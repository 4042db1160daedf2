import { useEffect, type RefObject } from "react";

/**
 * People on slow phones type as soon as the page appears, before its script
 * has run. Two things could lose what they typed (issue 14):
 *
 * - a component that keeps a field's text in state starts from the server's
 *   value and, on its next render, writes that back over the DOM: such
 *   components read the field once they are mounted (`useTypedBeforeHydration`);
 * - if hydration fails anywhere on the page (a text that differs from the
 *   server's, a browser extension that changed the DOM), React 18 throws the
 *   server's DOM away and renders the document again, empty fields included.
 *   `keepTypedValuesThroughHydration` remembers the fields before hydrating
 *   and, if that happens, puts their values back into the new ones.
 */
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const FIELD_SELECTOR = "input:not([type=hidden]):not([type=file]), textarea, select";

/**
 * A field's identity across two renders of the same page: its form, name
 * and rank (ids made by `useId` differ between the server's render and a
 * fresh one in the browser), or its id for a field without a name.
 */
function keyOf(control: Control, index: Map<string, number>) {
  if (!control.name) return `#${control.id}`;
  const form = control.form ? Array.from(document.forms).indexOf(control.form) : -1;
  const choice = isChoice(control) ? control.value : "";
  const base = `${form}|${control.name}|${choice}`;
  const rank = index.get(base) ?? 0;
  index.set(base, rank + 1);
  return `${base}|${rank}`;
}

function isChoice(control: Control): control is HTMLInputElement {
  return (
    control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")
  );
}

function fieldsByKey() {
  const index = new Map<string, number>();
  const fields = new Map<string, Control>();
  for (const control of document.querySelectorAll<Control>(FIELD_SELECTOR)) {
    fields.set(keyOf(control, index), control);
  }
  return fields;
}

function changedByReader(control: Control) {
  if (control instanceof HTMLSelectElement) {
    return Array.from(control.options).some((option) => option.selected !== option.defaultSelected);
  }
  if (
    control instanceof HTMLInputElement &&
    (control.type === "radio" || control.type === "checkbox")
  ) {
    return control.checked !== control.defaultChecked;
  }
  return control.value !== control.defaultValue;
}

/**
 * Sets a field as if the reader had typed it: through the prototype's setter
 * (React watches the element's own one, and would take the new text for its
 * own), then an input event, so a component holding the text in state hears it.
 */
function typeInto(control: Control, from: Control) {
  if (
    control instanceof HTMLInputElement &&
    (control.type === "radio" || control.type === "checkbox")
  ) {
    if (control.checked === (from as HTMLInputElement).checked) return;
    control.click();
    return;
  }
  if (control.value === from.value) return;
  const prototype = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(control, from.value);
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
}

/**
 * Call just before `hydrateRoot`; call the returned function from its
 * `onRecoverableError` (React then rendered the page anew). The fields are
 * read when the new page is in place, so every keystroke until then counts.
 */
export function keepTypedValuesThroughHydration() {
  const before = fieldsByKey();
  // The field with the caret: when React replaces the DOM, the focus goes to the body.
  let focused = document.activeElement;
  const onFocus = (event: FocusEvent) => (focused = event.target as Element);
  document.addEventListener("focusin", onFocus);
  let restored = false;
  return function restoreTypedValues() {
    if (restored) return;
    restored = true;
    document.removeEventListener("focusin", onFocus);
    const after = fieldsByKey();
    for (const [key, old] of before) {
      const field = after.get(key);
      if (!field || field === old) continue;
      if (changedByReader(old)) typeInto(field, old);
      if (focused === old && !document.activeElement?.matches(FIELD_SELECTOR)) {
        field.focus();
        restoreCaret(field, old);
      }
    }
  };
}

function restoreCaret(field: Control, old: Control) {
  if (field instanceof HTMLSelectElement || old instanceof HTMLSelectElement) return;
  try {
    field.setSelectionRange(old.selectionStart, old.selectionEnd);
  } catch {
    // Not every input type has a caret (email, number).
  }
}

/**
 * For a component that keeps its field's text in state: once mounted, takes
 * what the field holds if the reader typed before the script ran, so the
 * next render does not write the server's value back over it.
 */
export function useTypedBeforeHydration(
  ref: RefObject<HTMLInputElement | HTMLTextAreaElement>,
  known: string,
  onTyped: (value: string) => void,
) {
  useEffect(() => {
    const value = ref.current?.value;
    if (value !== undefined && value !== known) onTyped(value);
    // Once, on mount: later changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
