import fs from "node:fs";
import path from "node:path";
import { LOCALES, type Locale } from "#app/i18n/messages";

/**
 * Where the client build put each language's catalogue chunk, read once from
 * the build's Vite manifest. The root preloads its page's, so the browser
 * fetches it alongside the page's other scripts rather than after them
 * (entry.client.tsx imports it before hydrating). Nothing to preload under
 * Vite's dev server, which serves the sources.
 */
let chunks: Partial<Record<Locale, string>> | undefined;

export function catalogueChunkUrl(locale: Locale): string | undefined {
  if (!import.meta.env.PROD) return undefined;
  chunks ??= readCatalogueChunks(path.resolve("build/.vite/client-manifest.json"));
  return chunks[locale];
}

/** The public address of each catalogue's chunk, by language, in a Vite manifest (none if absent). */
export function readCatalogueChunks(manifestPath: string): Partial<Record<Locale, string>> {
  if (!fs.existsSync(manifestPath)) return {};
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Record<
    string,
    { file?: string }
  >;
  return Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const file = manifest[`app/i18n/catalogue.${locale}.ts`]?.file;
      return file ? [[locale, `/${file}`]] : [];
    }),
  );
}
