import { useEffect, useState } from "react";
import { useTranslate } from "#app/i18n/i18n";

type Status = "off" | "locating" | "ready" | "unavailable";

/**
 * "Place my request more precisely": asks the browser for the position only
 * when the member ticks the box, and sends it in hidden fields; the server
 * rounds it to about 500 m before storing it. It needs JavaScript, so it is
 * not rendered until the page is hydrated (without it, the request sits at
 * the centre of the town).
 */
export function SharedPosition({
  label,
  hint,
  checkboxName,
  latName,
  lngName,
}: {
  label: string;
  hint: string;
  checkboxName: string;
  latName: string;
  lngName: string;
}) {
  const t = useTranslate();
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState<Status>("off");
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null);
  useEffect(() => setHydrated(true), []);
  if (!hydrated || typeof navigator === "undefined" || !("geolocation" in navigator)) return null;

  function toggle(checked: boolean) {
    if (!checked) {
      setStatus("off");
      setPosition(null);
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (found) => {
        setPosition({ lat: found.coords.latitude, lng: found.coords.longitude });
        setStatus("ready");
      },
      () => setStatus("unavailable"),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  }

  return (
    <div className="field">
      <label className="checkbox-label">
        <input
          type="checkbox"
          name={checkboxName}
          checked={status !== "off" && status !== "unavailable"}
          onChange={(event) => toggle(event.currentTarget.checked)}
          aria-describedby="shared-position-hint"
        />
        {label}
      </label>
      <p id="shared-position-hint" className="field-hint">
        {hint}
      </p>
      <p className="field-hint" role="status">
        {status === "locating"
          ? t("list.nearMeLocating")
          : status === "ready"
            ? t("ask.positionReady")
            : status === "unavailable"
              ? t("ask.positionUnavailable")
              : ""}
      </p>
      {position && status === "ready" ? (
        <>
          <input type="hidden" name={latName} value={position.lat} />
          <input type="hidden" name={lngName} value={position.lng} />
        </>
      ) : null}
    </div>
  );
}
