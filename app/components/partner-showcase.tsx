import type { ShownImage } from "#app/domain/images";
import type { PartnerService } from "#app/domain/partners";
import { useTranslate } from "#app/i18n/i18n";

export type Showcase = {
  longDescriptionHtml: string | null;
  services: PartnerService[];
  gallery: (ShownImage & { id: number })[];
};

/** A partner's long description, services and gallery, on its listing page while it is one. */
export function PartnerShowcase({ showcase }: { showcase: Showcase }) {
  const t = useTranslate();
  return (
    <>
      {showcase.longDescriptionHtml ? (
        <section
          className="card prose"
          // Rendered and sanitized on the server, as the listing's description.
          dangerouslySetInnerHTML={{ __html: showcase.longDescriptionHtml }}
        />
      ) : null}
      {showcase.services.length > 0 ? (
        <section className="card stack" aria-labelledby="partner-services">
          <h2 id="partner-services">{t("partner.services")}</h2>
          <ul className="partner-services">
            {showcase.services.map((service) => (
              <li key={service}>{t(`partner.service.${service}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {showcase.gallery.length > 0 ? (
        <section className="card stack" aria-labelledby="partner-gallery">
          <h2 id="partner-gallery">{t("partner.gallery")}</h2>
          <ul className="partner-gallery">
            {showcase.gallery.map((image) => (
              <li key={image.id}>
                <img
                  src={image.src}
                  srcSet={image.srcSet}
                  sizes="(min-width: 40rem) 12rem, 50vw"
                  width={image.width}
                  height={image.height}
                  alt={image.alt}
                  loading="lazy"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
