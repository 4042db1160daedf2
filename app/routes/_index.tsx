import { PlaceChooser } from "#app/components/place-chooser";
import { useTranslate } from "#app/i18n/i18n";

export default function Home() {
  const t = useTranslate();
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
      </section>
      <section className="card" aria-labelledby="choose-place">
        <h2 id="choose-place">{t("home.choosePlace")}</h2>
        <PlaceChooser />
      </section>
    </div>
  );
}
