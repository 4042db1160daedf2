/**
 * Structured data for search engines, as a JSON-LD data block. A data block
 * is not a script the browser runs, so the CSP's script-src does not apply;
 * "<" is escaped so that no text in the data can close the tag.
 */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
