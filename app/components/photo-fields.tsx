import type { FieldMetadata } from "@conform-to/react";
import { useEffect, useState } from "react";
import { ALT_FIELDS, PHOTOS_FIELD } from "#app/domain/image-forms";
import { IMAGE_ALT_MAX, IMAGES_PER_POST_MAX } from "#app/domain/images";
import { useTranslate } from "#app/i18n/i18n";
import { Field, FieldErrors } from "./forms";

type AltFields = Record<(typeof ALT_FIELDS)[number], FieldMetadata<string | undefined>>;

/** What the browser may offer to pick; the server tells the real type by content. */
const ACCEPTED = "image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif,image/avif";

/**
 * Up to four photos and what each shows. Without JavaScript a plain file
 * input and the four descriptions (each required for a photo sent); with
 * it, one description per photo chosen, named after its file. The form
 * must be sent as multipart/form-data.
 */
export function PhotoFields({
  fields,
  photosField,
}: {
  fields: AltFields;
  photosField: FieldMetadata<unknown>;
}) {
  const t = useTranslate();
  const [chosen, setChosen] = useState<string[] | null>(null);
  // Until the page runs its script, every description is offered.
  useEffect(() => setChosen((names) => names ?? []), []);
  const shown = chosen === null ? ALT_FIELDS.length : Math.min(chosen.length, ALT_FIELDS.length);
  const hintId = `${photosField.id}-description`;
  const invalid = Boolean(photosField.errors?.length);
  return (
    <fieldset className="choices photo-fields">
      <legend>{t("photos.legend")}</legend>
      <p id={hintId} className="field-hint">
        {t("photos.hint", { max: IMAGES_PER_POST_MAX })}
      </p>
      <div className="field">
        <label htmlFor={photosField.id} className="field-label">
          {t("photos.field")}
        </label>
        <input
          id={photosField.id}
          type="file"
          name={PHOTOS_FIELD}
          multiple
          accept={ACCEPTED}
          aria-invalid={invalid || undefined}
          aria-describedby={[hintId, invalid ? photosField.errorId : null]
            .filter(Boolean)
            .join(" ")}
          onChange={(event) =>
            setChosen(Array.from(event.currentTarget.files ?? [], (file) => file.name))
          }
        />
        <FieldErrors id={photosField.errorId} errors={photosField.errors} />
      </div>
      {ALT_FIELDS.slice(0, shown).map((name, index) => (
        <Field
          key={name}
          label={
            chosen?.[index]
              ? t("photos.altNamed", { position: index + 1, file: chosen[index]! })
              : t("photos.alt", { position: index + 1 })
          }
          hint={index === 0 ? t("photos.altHint") : undefined}
          field={fields[name]}
          inputProps={{ type: "text", maxLength: IMAGE_ALT_MAX, required: chosen !== null }}
        />
      ))}
    </fieldset>
  );
}
