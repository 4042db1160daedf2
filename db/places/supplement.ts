/**
 * Centres for the places GeoNames cities500 has no point for, keyed by INSEE
 * code, good to a few hundred metres and marked `approximate` like every other
 * derived centre:
 * - the 20 arrondissements of Paris (Lyon's and Marseille's are in GeoNames):
 *   the arrondissement's town hall (mairie d'arrondissement);
 * - the uninhabited "communes" of the French Southern Lands and Clipperton:
 *   their main station or the island itself.
 */
export const SUPPLEMENTARY_CENTRES: Record<string, { lat: number; lng: number }> = {
  "75101": { lat: 48.86, lng: 2.341 },
  "75102": { lat: 48.8683, lng: 2.3406 },
  "75103": { lat: 48.863, lng: 2.36 },
  "75104": { lat: 48.8556, lng: 2.3554 },
  "75105": { lat: 48.8462, lng: 2.3446 },
  "75106": { lat: 48.851, lng: 2.3327 },
  "75107": { lat: 48.8566, lng: 2.3188 },
  "75108": { lat: 48.8772, lng: 2.3181 },
  "75109": { lat: 48.8728, lng: 2.3405 },
  "75110": { lat: 48.872, lng: 2.3576 },
  "75111": { lat: 48.8575, lng: 2.3797 },
  "75112": { lat: 48.8406, lng: 2.388 },
  "75113": { lat: 48.8317, lng: 2.356 },
  "75114": { lat: 48.8331, lng: 2.3268 },
  "75115": { lat: 48.8414, lng: 2.3006 },
  "75116": { lat: 48.8637, lng: 2.2769 },
  "75117": { lat: 48.8844, lng: 2.3218 },
  "75118": { lat: 48.8924, lng: 2.3447 },
  "75119": { lat: 48.882, lng: 2.3823 },
  "75120": { lat: 48.865, lng: 2.399 },
  "98411": { lat: -37.7956, lng: 77.5686 },
  "98412": { lat: -49.3497, lng: 70.2194 },
  "98413": { lat: -46.4325, lng: 51.8567 },
  "98414": { lat: -66.6628, lng: 140.0014 },
  "98415": { lat: -22.3633, lng: 40.3628 },
  "98901": { lat: 10.3, lng: -109.2167 },
};
