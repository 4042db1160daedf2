import {
  getTextareaProps,
  useForm,
  type DefaultValue,
  type FieldMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { InputHTMLAttributes, ReactNode } from "react";
import type { z, ZodTypeAny } from "zod";

type Validate = "onSubmit" | "onBlur" | "onInput";

/**
 * A Conform form that the browser validates with the very schema the action
 * runs again: errors show when the form is sent (or a field is left, with
 * `validate: "onBlur"`), then follow the reader's corrections as they type.
 * Without JavaScript the action's reply (`lastResult`) shows the same errors.
 */
export function useValidatedForm<Schema extends ZodTypeAny>(
  schema: Schema,
  options: {
    id?: string;
    lastResult?: SubmissionResult<string[]> | null;
    defaultValue?: DefaultValue<z.input<Schema>>;
    validate?: Validate;
    revalidate?: Validate;
  } = {},
) {
  const { validate = "onSubmit", revalidate = "onInput", ...rest } = options;
  return useForm<z.input<Schema>>({
    ...rest,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: validate,
    shouldRevalidate: revalidate,
  });
}

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

/** What ties a control to its label, its hint and its errors. */
export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/**
 * A labelled control with its hint and errors, wired for assistive
 * technology: the hint and the errors describe the control, which is marked
 * invalid. The hint and error ids follow Conform's (`<id>-description`,
 * `<id>-error`), so a Conform field and a plain GET form's field read alike.
 */
export function FieldFrame({
  id,
  label,
  hint,
  errors,
  className,
  after,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  /** Below the errors, inside the field (choices offered to settle an error, say). */
  after?: ReactNode;
  /** The control itself (an input, a select, a textarea, a combobox), given its wiring. */
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy || undefined,
      })}
      <FieldErrors id={errorId} errors={errors} />
      {after}
    </div>
  );
}

/**
 * One field of a Conform form: an input by default, or the control given as
 * `children` (it receives the id and the aria attributes to spread on itself).
 */
export function Field({
  label,
  hint,
  field,
  inputProps,
  after,
  children,
}: {
  label: string;
  hint?: string;
  field: FieldMetadata<unknown>;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  after?: ReactNode;
  children?: (control: ControlProps) => ReactNode;
}) {
  return (
    <FieldFrame id={field.id} label={label} hint={hint} errors={field.errors} after={after}>
      {children ??
        ((control) => (
          <input
            name={field.name}
            form={field.formId}
            defaultValue={typeof field.initialValue === "string" ? field.initialValue : undefined}
            {...inputProps}
            {...control}
          />
        ))}
    </FieldFrame>
  );
}

/** A field of plain text on several lines (Markdown has its own editor). */
export function TextareaField({
  label,
  hint,
  field,
  rows,
  maxLength,
  required,
}: {
  label: string;
  hint?: string;
  field: FieldMetadata<unknown>;
  rows: number;
  maxLength: number;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} field={field}>
      {(control) => (
        <textarea
          {...getTextareaProps(field)}
          // A new key when Conform resets the form (after a message is sent): the text goes.
          key={field.key}
          {...control}
          rows={rows}
          maxLength={maxLength}
          required={required}
        />
      )}
    </Field>
  );
}

/**
 * A group of radio buttons or checkboxes under a legend, with the group's
 * errors: the group is marked invalid and described by them.
 */
export function ChoiceField({
  legend,
  legendHidden,
  field,
  children,
}: {
  legend: string;
  /** For a lone checkbox whose label says it all: the legend is for screen readers only. */
  legendHidden?: boolean;
  field: FieldMetadata<unknown>;
  children: ReactNode;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      className="choices"
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? field.errorId : undefined}
    >
      <legend className={legendHidden ? "visually-hidden" : undefined}>{legend}</legend>
      {children}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

/**
 * Radio buttons under a legend, one checked to begin with: the one sent back
 * with an error, else `defaultValue`.
 */
export function RadioField({
  legend,
  legendHidden,
  field,
  options,
  defaultValue,
}: {
  legend: string;
  legendHidden?: boolean;
  field: FieldMetadata<unknown>;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
}) {
  const checked = typeof field.initialValue === "string" ? field.initialValue : defaultValue;
  return (
    <ChoiceField legend={legend} legendHidden={legendHidden} field={field}>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={field.name}
            value={option.value}
            defaultChecked={option.value === checked}
          />
          {option.label}
        </label>
      ))}
    </ChoiceField>
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
