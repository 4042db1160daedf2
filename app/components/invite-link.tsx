import { useEffect, useId, useState } from "react";
import { useTranslate } from "#app/i18n/i18n";

/**
 * A personal invite link to pass on: a read-only field to copy from and the
 * link itself (without JavaScript), and with it one button that opens the
 * phone's share sheet (Web Share API) or copies the link where there is none.
 */
export function InviteLink({ url }: { url: string }) {
  const t = useTranslate();
  const id = useId();
  const [canShare, setCanShare] = useState<boolean | null>(null);
  const [status, setStatus] = useState("");
  useEffect(() => setCanShare(typeof navigator.share === "function"), []);

  async function share() {
    if (canShare) {
      try {
        await navigator.share({
          title: t("invitations.shareTitle"),
          text: t("invitations.shareText"),
          url,
        });
        return;
      } catch {
        // Cancelled, or refused by the browser: fall back to copying.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("invitations.copied"));
    } catch {
      setStatus(t("invitations.copyByHand"));
    }
  }

  return (
    <div className="invite-link stack">
      <label htmlFor={`${id}-url`} className="field-label">
        {t("invitations.linkLabel")}
      </label>
      <div className="invite-link__row">
        <input
          id={`${id}-url`}
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        {canShare === null ? null : (
          <button type="button" className="button" onClick={share}>
            {t(canShare ? "invitations.share" : "invitations.copy")}
          </button>
        )}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
