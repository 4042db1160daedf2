import { Form, useNavigate } from "@remix-run/react";
import { useId } from "react";
import { useTranslate } from "#app/i18n/i18n";
import { PlaceCombobox } from "./place-combobox";

/**
 * "Choose your commune": a plain GET form to /communes that works without
 * JavaScript; with it, choosing a suggestion opens the place's page.
 */
export function PlaceChooser({ defaultQuery = "" }: { defaultQuery?: string }) {
  const t = useTranslate();
  const navigate = useNavigate();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <Form method="get" action="/communes" className="place-chooser" role="search">
      <label htmlFor={`${id}-input`} className="field-label">
        {t("placeChooser.label")}
      </label>
      <p id={hintId} className="field-hint">
        {t("placeChooser.hint")}
      </p>
      <div className="place-chooser__row">
        <PlaceCombobox
          id={`${id}-input`}
          name="q"
          required
          defaultValue={defaultQuery}
          describedBy={hintId}
          onChoose={(place) => navigate(`/p/${place.slug}`)}
        />
        <button type="submit" className="button">
          {t("placeChooser.submit")}
        </button>
      </div>
    </Form>
  );
}
