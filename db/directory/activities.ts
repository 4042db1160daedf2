import type { OrganisationCategory } from "#app/domain/directory";

/**
 * The neighbourhood businesses the SIRENE import keeps: an allow-list of
 * NAF rév. 2 sub-classes (`activitePrincipaleEtablissement`, "10.71C"),
 * each mapped to a directory category. Everything else (industry,
 * wholesale, holdings, property companies…) is skipped as "off-list".
 * Extending the directory to a new trade means adding its code here.
 */
export const NAF_REV2_CATEGORIES: Readonly<Record<string, OrganisationCategory>> = {
  // Bakeries and pastry shops.
  "10.71B": "boulangerie", // Cuisson de produits de boulangerie
  "10.71C": "boulangerie", // Boulangerie et boulangerie-pâtisserie
  "10.71D": "boulangerie", // Pâtisserie
  "47.24Z": "boulangerie", // Commerce de détail de pain, pâtisserie et confiserie
  // Butchers.
  "10.13B": "boucherie", // Charcuterie
  "47.22Z": "boucherie", // Commerce de détail de viandes et de produits à base de viande
  // Other food shops.
  "47.11B": "alimentation", // Commerce d'alimentation générale
  "47.11C": "alimentation", // Supérettes
  "47.11D": "alimentation", // Supermarchés
  "47.21Z": "alimentation", // Fruits et légumes
  "47.23Z": "alimentation", // Poissons, crustacés et mollusques
  "47.25Z": "alimentation", // Boissons
  "47.29Z": "alimentation", // Autres commerces de détail alimentaires
  "47.81Z": "alimentation", // Alimentaire sur éventaires et marchés
  // Cafés and restaurants.
  "56.10A": "cafe-restaurant", // Restauration traditionnelle
  "56.10B": "cafe-restaurant", // Cafétérias et autres libres-services
  "56.10C": "cafe-restaurant", // Restauration de type rapide
  "56.30Z": "cafe-restaurant", // Débits de boissons
  // Retail.
  "47.26Z": "commerce-detail", // Produits à base de tabac
  "47.41Z": "commerce-detail", // Ordinateurs et logiciels
  "47.42Z": "commerce-detail", // Matériels de télécommunication
  "47.51Z": "commerce-detail", // Textiles
  "47.52A": "commerce-detail", // Quincaillerie, peintures et verres (moins de 400 m²)
  "47.53Z": "commerce-detail", // Tapis, moquettes et revêtements
  "47.54Z": "commerce-detail", // Appareils électroménagers
  "47.59A": "commerce-detail", // Meubles
  "47.59B": "commerce-detail", // Autres équipements du foyer
  "47.61Z": "commerce-detail", // Livres
  "47.62Z": "commerce-detail", // Journaux et papeterie
  "47.64Z": "commerce-detail", // Articles de sport
  "47.65Z": "commerce-detail", // Jeux et jouets
  "47.71Z": "commerce-detail", // Habillement
  "47.72A": "commerce-detail", // Chaussures
  "47.75Z": "commerce-detail", // Parfumerie et produits de beauté
  "47.76Z": "commerce-detail", // Fleurs, plantes, graines, animaux de compagnie
  "47.77Z": "commerce-detail", // Horlogerie et bijouterie
  "47.78A": "commerce-detail", // Opticiens
  "47.79Z": "commerce-detail", // Biens d'occasion
  // Health.
  "47.73Z": "pharmacie", // Pharmacie
  "86.21Z": "sante", // Médecine générale
  "86.22C": "sante", // Autres activités des médecins spécialistes
  "86.23Z": "sante", // Pratique dentaire
  "86.90D": "sante", // Infirmiers et sages-femmes
  "86.90E": "sante", // Rééducation, appareillage (kinésithérapeutes…)
  "75.00Z": "sante", // Vétérinaires
  // Building trades.
  "43.21A": "batiment", // Installation électrique (électriciens)
  "43.22A": "batiment", // Installation d'eau et de gaz (plombiers)
  "43.22B": "batiment", // Équipements thermiques et de climatisation (chauffagistes)
  "43.31Z": "batiment", // Plâtrerie
  "43.32A": "batiment", // Menuiserie bois et PVC
  "43.32B": "batiment", // Menuiserie métallique et serrurerie
  "43.33Z": "batiment", // Revêtement des sols et des murs
  "43.34Z": "batiment", // Peinture et vitrerie
  "43.91B": "batiment", // Couverture
  "43.99C": "batiment", // Maçonnerie générale
  "81.30Z": "batiment", // Services d'aménagement paysager (jardiniers paysagistes)
  // Repair.
  "95.11Z": "reparation", // Ordinateurs
  "95.12Z": "reparation", // Équipements de communication
  "95.21Z": "reparation", // Électronique grand public
  "95.22Z": "reparation", // Appareils électroménagers
  "95.23Z": "reparation", // Chaussures et articles en cuir
  "95.24Z": "reparation", // Meubles
  "95.25Z": "reparation", // Horlogerie et bijouterie
  "95.29Z": "reparation", // Autres biens personnels (vélos, couture…)
  "45.20A": "garage", // Entretien et réparation de véhicules légers
  "45.40Z": "garage", // Motocycles
  // Personal services.
  "96.02A": "services-personne", // Coiffure
  "96.02B": "services-personne", // Soins de beauté
  "96.01B": "services-personne", // Blanchisserie-teinturerie de détail
  "96.04Z": "services-personne", // Entretien corporel
};

/** How the SIRENE stock names the NAF rév. 2 nomenclature in `nomenclatureActivitePrincipaleEtablissement`. */
export const NAF_REV2 = "NAFRev2";

/**
 * The category of an establishment's activity, or null when it is off the
 * list. NAF 2025 codes are read (the stock gains a NAF 2025 column during
 * the change of nomenclature) but not yet mapped: the rév. 2 code is used
 * when both are present, and an establishment known only by its NAF 2025
 * code is reported as such (ADR 013), until INSEE's correspondence table
 * is folded in here.
 */
export function categoryOfActivity(activity: {
  rev2: string | null;
  naf2025: string | null;
}): OrganisationCategory | "naf2025-only" | null {
  if (activity.rev2) return NAF_REV2_CATEGORIES[activity.rev2] ?? null;
  if (activity.naf2025) return "naf2025-only";
  return null;
}
