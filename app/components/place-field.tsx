import type { FieldMetadata } from "@conform-to/react";
import { useState, type ReactNode } from "react";
import { Field } from "./forms";
import { PlaceCombobox } from "./place-combobox";

/**
 * The place field of a Conform form: typed text (all the server gets without
 * JavaScript) and, once a suggestion is picked, its INSEE code beside it, so
 * the server need not guess among places of the same name.
 */
export function PlaceField({
  label,
  hint,
  field,
  codeField,
  defaultPlace,
  required,
  after,
}: {
  label: string;
  hint?: string;
  /** The typed text. */
  field: FieldMetadata<string>;
  /** The code of the suggestion picked. */
  codeField: FieldMetadata<string | undefined>;
  /** The place already chosen, if any: its name in the field, its code with it. */
  defaultPlace?: { name: string; code?: string } | null;
  required?: boolean;
  /** Below the field and its errors (the candidates when a name was ambiguous). */
  after?: ReactNode;
}) {
  const [placeCode, setPlaceCode] = useState(defaultPlace?.code ?? "");
  const typed = typeof field.initialValue === "string" ? field.initialValue : undefined;
  return (
    <Field label={label} hint={hint} field={field} after={after}>
      {(control) => (
        <PlaceCombobox
          id={control.id}
          name={field.name}
          defaultValue={typed ?? defaultPlace?.name ?? ""}
          describedBy={control["aria-describedby"]}
          invalid={control["aria-invalid"]}
          required={required}
          onChoose={(place) => setPlaceCode(place.code)}
          onType={() => setPlaceCode("")}
        >
          {placeCode ? <input type="hidden" name={codeField.name} value={placeCode} /> : null}
        </PlaceCombobox>
      )}
    </Field>
  );
}
