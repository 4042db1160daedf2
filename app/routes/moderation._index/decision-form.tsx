import { getFormProps, getSelectProps } from "@conform-to/react";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import {
  Field,
  FormErrors,
  RadioField,
  TextareaField,
  useValidatedForm,
} from "#app/components/forms";
import { RuleOptions } from "#app/components/rule-options";
import { useTranslate } from "#app/i18n/i18n";
import { SUSPENSION_DAYS } from "#app/domain/moderation";
import { DECISION_REASON_MAX, decisionSchema, type DecisionReply } from "./decision";
import type { QueueItem } from "./queue.server";

/** The decision on one item: what to do, under which rule, why, and for how long. */
export function DecisionForm({ item }: { item: QueueItem }) {
  const t = useTranslate();
  const actionData = useActionData<DecisionReply>();
  const navigation = useNavigation();
  const mine = actionData?.key === item.key ? actionData.result : undefined;
  const [form, fields] = useValidatedForm(decisionSchema(t), {
    id: `decision-${item.key}`,
    lastResult: mine ?? undefined,
    defaultValue: { decision: item.decisions[0], rule: item.reasons[0]?.reason ?? "spam" },
    revalidate: "onSubmit",
  });
  return (
    <Form method="post" className="form moderation-decision" {...getFormProps(form)}>
      <h3 className="moderation-item__subtitle">
        {t("moderation.decisionFor", { kind: t(`moderation.kind.${item.targetType}`) })}
      </h3>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="targetType" value={item.targetType} />
      <input type="hidden" name="targetId" value={item.targetId} />
      <RadioField
        legend={t("moderation.decision")}
        field={fields.decision}
        options={item.decisions.map((decision) => ({
          value: decision,
          label: t(`moderation.decision.${decision}`),
        }))}
      />
      <Field label={t("moderation.rule")} field={fields.rule}>
        {(control) => (
          <select {...getSelectProps(fields.rule)} {...control}>
            <RuleOptions />
          </select>
        )}
      </Field>
      {item.decisions.includes("suspend") ? (
        <Field label={t("moderation.days")} field={fields.days}>
          {(control) => (
            <select {...getSelectProps(fields.days)} {...control} defaultValue="7">
              {SUSPENSION_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t(`moderation.days.${days}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <TextareaField
        label={t("moderation.reason")}
        field={fields.reason}
        rows={2}
        maxLength={DECISION_REASON_MAX}
      />
      <p>
        <button
          type="submit"
          className="button button--small"
          disabled={navigation.state !== "idle"}
        >
          {t("moderation.submit")}
        </button>
      </p>
    </Form>
  );
}
