import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import type { BodyPart, ListingCardData } from "#app/domain/listing-tokens";
import { OpeningStatusLine } from "./opening-hours";

export function ListingCard({ card }: { card: ListingCardData }) {
  const t = useTranslate();
  return (
    <aside className="listing-card" aria-label={t("recommend.cardLabel", { name: card.name })}>
      <p className="listing-card__kind">
        {t(`directory.kind.${card.kind}`)} · {t(`directory.category.${card.category}`)}
      </p>
      <p className="listing-card__name">
        <Link to={card.path}>{card.name}</Link>
      </p>
      <p className="listing-card__place">{card.placeName}</p>
      {card.openingStatus ? <OpeningStatusLine status={card.openingStatus} /> : null}
    </aside>
  );
}

/** A post's sanitized HTML with its listing cards in place (a card gone says so). */
export function PostBody({
  parts,
  cards,
}: {
  parts: BodyPart[];
  cards: Record<number, ListingCardData>;
}) {
  const t = useTranslate();
  return (
    <div className="prose">
      {parts.map((part, index) => {
        if ("html" in part) {
          // Sanitized on the server (renderMarkdown), cut only between top-level blocks.
          return <div key={index} dangerouslySetInnerHTML={{ __html: part.html }} />;
        }
        const card = cards[part.listingId];
        return card ? (
          <ListingCard key={index} card={card} />
        ) : (
          <p key={index} className="muted">
            {t("recommend.cardGone")}
          </p>
        );
      })}
    </div>
  );
}
