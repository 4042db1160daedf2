import { useNavigate } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslate } from "#app/i18n/i18n";

/** Two decimals of a degree, about 1 km: enough for a list, and no more precise in URLs and logs. */
const roundForUrl = (value: number) => value.toFixed(2);

/**
 * "Près de moi": asks the browser for the reader's position (only on click)
 * and opens the questions around it. Rendered only with JavaScript, since the
 * position comes from the browser.
 */
export function NearMeButton({ radiusKm }: { radiusKm: number }) {
  const t = useTranslate();
  const navigate = useNavigate();
  const [available, setAvailable] = useState(false);
  const [status, setStatus] = useState<"idle" | "locating" | "failed">("idle");
  useEffect(() => setAvailable("geolocation" in navigator), []);
  if (!available) return null;
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={status === "locating"}
        onClick={() => {
          setStatus("locating");
          navigator.geolocation.getCurrentPosition(
            (position) => {
              const query = new URLSearchParams({
                lat: roundForUrl(position.coords.latitude),
                lng: roundForUrl(position.coords.longitude),
                rayon: String(radiusKm),
              });
              navigate(`/?${query}`);
            },
            () => setStatus("failed"),
            { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
          );
        }}
      >
        {t("list.nearMe")}
      </button>
      <span role="status" className="muted">
        {status === "locating"
          ? t("list.nearMeLocating")
          : status === "failed"
            ? t("list.nearMeError")
            : ""}
      </span>
    </>
  );
}
