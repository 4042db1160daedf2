import type { FieldMetadata } from "@conform-to/react";
import { FieldErrors } from "#app/components/forms";
import {
  BLANK_SPECIAL_DAYS,
  RANGES_PER_DAY,
  type ListingEditForm,
} from "#app/domain/listing-forms";
import { DAYS_OF_WEEK, SPECIAL_DAY_REASONS } from "#app/domain/opening-hours";
import { useTranslate } from "#app/i18n/i18n";

type Fields = { [K in keyof ListingEditForm]-?: FieldMetadata<ListingEditForm[K]> };
type Row = { opens?: string; closes?: string };

/**
 * The opening hours as plain inputs, so the form works without JavaScript:
 * two rows a day, three when a day has three ranges already (blank rows are
 * ignored; a closing time at or before the
 * opening one runs past midnight), then the special days already set and two
 * blank rows (a holiday or a closure: no times means closed).
 */
export function HoursFields({ fields }: { fields: Fields }) {
  const t = useTranslate();
  const specialRows = fields.special.getFieldList();
  const specialCount = specialRows.length + BLANK_SPECIAL_DAYS;
  return (
    <>
      <fieldset className="stack hours-form">
        <legend>{t("hours.title")}</legend>
        <p className="field-hint">{t("hours.form.weeklyHint")}</p>
        {DAYS_OF_WEEK.map((day) => {
          const rows = (fields[day] as FieldMetadata<Row[] | undefined>).getFieldList();
          return (
            <fieldset key={day} className="hours-form__day">
              <legend>{t(`hours.day.${day}`)}</legend>
              {Array.from({ length: rowsFor(rows.length) }, (_, index) => {
                const row = rows[index]?.getFieldset();
                const name = `${fields[day].name}[${index}]`;
                const id = `hours-${day}-${index}`;
                return (
                  <div key={index} className="hours-form__range">
                    <TimeInput
                      id={`${id}-opens`}
                      name={`${name}.opens`}
                      label={t("hours.form.opens", { n: index + 1 })}
                      field={row?.opens}
                    />
                    <TimeInput
                      id={`${id}-closes`}
                      name={`${name}.closes`}
                      label={t("hours.form.closes", { n: index + 1 })}
                      field={row?.closes}
                    />
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </fieldset>
      <fieldset className="stack hours-form">
        <legend>{t("hours.form.special")}</legend>
        <p className="field-hint">{t("hours.form.specialHint")}</p>
        {Array.from({ length: specialCount }, (_, index) => {
          const row = specialRows[index]?.getFieldset();
          const name = `${fields.special.name}[${index}]`;
          const id = `special-${index}`;
          const reason = row?.reason.initialValue;
          return (
            <fieldset key={index} className="hours-form__special">
              <legend>{t("hours.form.specialRow", { n: index + 1 })}</legend>
              <DateInput
                id={`${id}-from`}
                name={`${name}.from`}
                label={t("hours.form.from")}
                field={row?.from}
              />
              <DateInput
                id={`${id}-through`}
                name={`${name}.through`}
                label={t("hours.form.through")}
                field={row?.through}
              />
              <div className="field">
                <label htmlFor={`${id}-reason`} className="field-label">
                  {t("hours.form.reason")}
                </label>
                <select
                  id={`${id}-reason`}
                  name={`${name}.reason`}
                  defaultValue={typeof reason === "string" ? reason : "holiday"}
                >
                  {SPECIAL_DAY_REASONS.map((option) => (
                    <option key={option} value={option}>
                      {t(`hours.reason.${option}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TimeInput
                id={`${id}-opens`}
                name={`${name}.opens`}
                label={t("hours.form.specialOpens")}
                field={row?.opens}
              />
              <TimeInput
                id={`${id}-closes`}
                name={`${name}.closes`}
                label={t("hours.form.specialCloses")}
                field={row?.closes}
              />
            </fieldset>
          );
        })}
      </fieldset>
    </>
  );
}

/** Two rows a day cover a lunch break; a third only for a day that already has three ranges. */
function rowsFor(stored: number) {
  return Math.min(RANGES_PER_DAY, Math.max(2, stored));
}

function TimeInput(props: InputProps) {
  return <DatedInput {...props} type="time" />;
}

function DateInput(props: InputProps) {
  return <DatedInput {...props} type="date" />;
}

type InputProps = {
  id: string;
  name: string;
  label: string;
  field?: FieldMetadata<string | undefined>;
};

/** A time or date input, its label and its errors (a row's fields exist only once it has values). */
function DatedInput({ id, name, label, field, type }: InputProps & { type: "time" | "date" }) {
  const errors = field?.errors;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={typeof field?.initialValue === "string" ? field.initialValue : ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
