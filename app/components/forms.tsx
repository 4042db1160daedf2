import type { FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode } from "react";

/** The errors of one field, announced with it (aria-describedby points here). */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/**
 * A labelled input with its hint and errors, wired for assistive technology:
 * the hint and the errors describe the input, which is marked invalid.
 */
export function Field({
  label,
  hint,
  field,
  inputProps,
  children,
}: {
  label: string;
  hint?: string;
  field: FieldMetadata<unknown>;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  children?: ReactNode;
}) {
  const invalid = Boolean(field.errors?.length);
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={field.id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={field.descriptionId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children ?? (
        <input
          id={field.id}
          name={field.name}
          form={field.formId}
          defaultValue={typeof field.initialValue === "string" ? field.initialValue : undefined}
          {...inputProps}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy || undefined}
        />
      )}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** Errors about the whole form (a wrong password, a rate limit), read out as soon as they appear. */
export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="notice notice--error" role="alert">
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  );
}

/** The outcome of an action: a polite status when it worked, an alert when it did not. */
export function ActionNotice({ result }: { result?: { ok: boolean; message: string } | null }) {
  if (!result?.message) return null;
  return (
    <p
      className={result.ok ? "notice" : "notice notice--error"}
      role={result.ok ? "status" : "alert"}
    >
      {result.message}
    </p>
  );
}
