import type { MetaFunction } from "@remix-run/react";
import { isLocale, translate } from "#app/i18n/i18n";
import type { MessageKey } from "#app/i18n/messages";

/**
 * A page's `meta`: its title in the reader's language, « Titre · Coup de
 * main », for pages whose loader does not return the locale (the root's does).
 */
export function titleMeta(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((match) => match.id === "root")?.data as
      | { locale?: unknown }
      | undefined;
    const locale = isLocale(root?.locale) ? root.locale : "fr";
    return [{ title: `${translate(locale, key)} · ${translate(locale, "app.name")}` }];
  };
}
