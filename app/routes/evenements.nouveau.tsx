import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormErrors, TextareaField, useValidatedForm } from "#app/components/forms";
import { EVENT_CATEGORIES, eventPath } from "#app/domain/events";
import {
  EVENT_DESCRIPTION_MAX,
  EVENT_REPEATS,
  allDayRange,
  eventSchema,
  rruleFor,
} from "#app/domain/event-forms";
import { translate, useTranslate } from "#app/i18n/i18n";
import { managedListings } from "#app/models/directory/claims.server";
import { createEvent } from "#app/models/events/events.server";
import { loadActor } from "#app/models/members/privileges.server";
import { refusedSubmission } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";

/** GET /evenements/nouveau: a listing's managers, or a verified neighbour, publish an event. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const actor = loadActor(db, user.id);
  const listings = managedListings(db, user.id);
  return {
    locale: await getLocale(request),
    listings,
    neighbour: Boolean(actor?.verifiedNeighbour && actor.homePlaceId),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "event.new.title")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const action = defineAction({ limit: "eventPublish" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: eventSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const db = getDb();
  const actor = loadActor(db, user.id);
  const value = submission.value;
  const times = value.allDay
    ? allDayRange(value.start, value.end)
    : { startLocal: value.start, endLocal: value.end };
  const created = actor
    ? createEvent(db, actor, {
        title: value.title,
        description: value.description,
        category: value.category,
        organisationId: value.organiser ? Number(value.organiser) : null,
        placeId: actor.homePlaceId ?? 0,
        venue: value.venue ?? null,
        ...times,
        allDay: Boolean(value.allDay),
        rrule: rruleFor(value.repeat, times.startLocal, value.until),
        exdates: [],
        price: value.price ?? null,
        accessibility: value.accessibility ?? null,
        capacity: value.capacity ?? null,
      })
    : ({ ok: false, refusal: { reason: "not-found" } } as const);
  if (!created.ok) return refusedSubmission(t, submission, created.refusal);
  return redirect(eventPath(created));
});

export default function NewEvent() {
  const { listings, neighbour } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(eventSchema(t), {
    id: "event-form",
    lastResult: actionData?.result,
    validate: "onBlur",
  });
  if (listings.length === 0 && !neighbour) {
    return (
      <section className="stack">
        <h1>{t("event.new.title")}</h1>
        <p className="notice">{t("event.needsOrganiser")}</p>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="event-new-title">
      <h1 id="event-new-title">{t("event.new.title")}</h1>
      <Form method="post" className="form card" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field
          label={t("event.field.title")}
          field={fields.title}
          inputProps={{ ...getInputProps(fields.title, { type: "text" }), required: true }}
        />
        <Field label={t("event.field.organiser")} field={fields.organiser}>
          {(control) => (
            <select {...getSelectProps(fields.organiser)} {...control}>
              {listings.map((listing) => (
                <option key={listing.id} value={listing.id}>
                  {listing.name}
                </option>
              ))}
              {neighbour ? <option value="">{t("event.field.organiserSelf")}</option> : null}
            </select>
          )}
        </Field>
        <Field label={t("event.field.category")} field={fields.category}>
          {(control) => (
            <select {...getSelectProps(fields.category)} {...control} required>
              <option value="">—</option>
              {EVENT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`event.category.${category}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextareaField
          label={t("event.field.description")}
          hint={t("event.field.descriptionHint")}
          field={fields.description}
          rows={6}
          maxLength={EVENT_DESCRIPTION_MAX}
          required
        />
        <Field
          label={t("event.field.start")}
          field={fields.start}
          inputProps={{
            ...getInputProps(fields.start, { type: "datetime-local" }),
            required: true,
          }}
        />
        <Field
          label={t("event.field.end")}
          field={fields.end}
          inputProps={{ ...getInputProps(fields.end, { type: "datetime-local" }), required: true }}
        />
        <label className="checkbox-label">
          <input {...getInputProps(fields.allDay, { type: "checkbox" })} />
          {t("event.field.allDay")}
        </label>
        <Field label={t("event.field.repeat")} field={fields.repeat}>
          {(control) => (
            <select {...getSelectProps(fields.repeat)} {...control}>
              {EVENT_REPEATS.map((repeat) => (
                <option key={repeat} value={repeat}>
                  {t(`event.repeat.${repeat}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("event.field.until")}
          field={fields.until}
          inputProps={getInputProps(fields.until, { type: "date" })}
        />
        <Field
          label={t("event.field.venue")}
          hint={t("event.field.venueHint")}
          field={fields.venue}
          inputProps={getInputProps(fields.venue, { type: "text" })}
        />
        <Field
          label={t("event.field.price")}
          field={fields.price}
          inputProps={getInputProps(fields.price, { type: "text" })}
        />
        <Field
          label={t("event.field.capacity")}
          field={fields.capacity}
          inputProps={getInputProps(fields.capacity, { type: "number" })}
        />
        <Field
          label={t("event.field.accessibility")}
          hint={t("event.field.accessibilityHint")}
          field={fields.accessibility}
          inputProps={getInputProps(fields.accessibility, { type: "text" })}
        />
        <button type="submit" className="button">
          {t("event.submit.create")}
        </button>
      </Form>
    </section>
  );
}
