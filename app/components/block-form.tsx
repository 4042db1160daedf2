import { Form } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

/**
 * Block or unblock a member, from a conversation or their profile. A plain
 * POST to /messages/blocage, which sends the member back to `redirectTo`.
 */
export function BlockForm({
  memberId,
  name,
  blocked,
  redirectTo,
}: {
  memberId: string;
  name: string;
  blocked: boolean;
  redirectTo: string;
}) {
  const t = useTranslate();
  return (
    <Form method="post" action="/messages/blocage" className="block-form">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <button
        type="submit"
        name="intent"
        value={blocked ? "unblock" : "block"}
        className="button button--secondary"
        aria-describedby={blocked ? undefined : `block-hint-${memberId}`}
      >
        {blocked ? t("messages.unblock", { name }) : t("messages.block", { name })}
      </button>
      {/* After the button, as what it will do: above it, it read as if already done. */}
      {blocked ? null : (
        <p id={`block-hint-${memberId}`} className="field-hint">
          {t("messages.blockHint", { name })}
        </p>
      )}
    </Form>
  );
}
