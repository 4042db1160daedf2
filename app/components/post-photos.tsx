import type { ShownImage } from "#app/domain/images";
import { useTranslate } from "#app/i18n/i18n";

/**
 * A post's photos: each at the width the layout needs (`srcset`), loaded
 * when scrolled to, its space reserved (width and height), and a link to
 * the largest file.
 */
export function PostPhotos({ photos }: { photos: ShownImage[] }) {
  const t = useTranslate();
  if (!photos.length) return null;
  return (
    <ul className="post-photos" aria-label={t("photos.gallery")}>
      {photos.map((photo) => (
        <li key={photo.src}>
          <a href={photo.srcSet.split(", ").pop()!.split(" ")[0]}>
            <img
              src={photo.src}
              srcSet={photo.srcSet}
              sizes="(min-width: 48rem) 20rem, 45vw"
              width={photo.width}
              height={photo.height}
              alt={photo.alt}
              loading="lazy"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}
