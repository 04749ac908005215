/**
 * Rough bounding boxes of the countries the dataset names, to catch coordinates
 * with swapped lat/lon, a dropped minus sign or the wrong country — not to settle
 * borders. A point passes when it lies inside its country's box widened by
 * `MARGIN_DEG` on every side.
 *
 * Source: Natural Earth 1:110m Admin 0 countries (public domain,
 * https://www.naturalearthdata.com/downloads/110m-cultural-vectors/), the extents of
 * each country polygon, rounded outwards to 0.01°. Three boxes are widened by hand
 * because the 1:110m polygons leave out small territory:
 * - BH is absent from 1:110m; its box covers the main island, Muharraq and the
 *   Hawar islands (25.55–26.33 N, 50.38–50.83 E), rounded outwards.
 * - PS in 1:110m is the West Bank only; the box also covers the Gaza Strip
 *   (from 34.21 E, 31.21 N).
 * - KW is widened east to 48.8 E for the islands of Qaruh and Umm al-Maradim;
 *   YE east to 54.6 E for Socotra.
 * - IO (British Indian Ocean Territory, the Chagos Archipelago with Diego Garcia)
 *   is absent from 1:110m; its box covers the atolls (4.9–7.5 S, 71.2–72.6 E).
 *
 * A country code the data uses must have a box here (checks.ts reports it otherwise).
 */

export interface Box {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

export const MARGIN_DEG = 0.2;

/** ISO 3166-1 alpha-2 → extent in degrees (WGS 84). */
export const COUNTRY_BOUNDS: Readonly<Record<string, Box>> = {
  AE: { south: 22.49, west: 51.57, north: 26.06, east: 56.40 }, // United Arab Emirates
  BH: { south: 25.50, west: 50.30, north: 26.40, east: 50.90 }, // Bahrain (by hand, see above)
  IO: { south: -7.50, west: 71.20, north: -4.90, east: 72.60 }, // British Indian Ocean Territory (by hand, see above)
  IQ: { south: 29.09, west: 38.79, north: 37.39, east: 48.57 }, // Iraq
  IR: { south: 25.07, west: 44.10, north: 39.72, east: 63.32 }, // Iran
  JO: { south: 29.19, west: 34.92, north: 33.38, east: 39.20 }, // Jordan
  KW: { south: 28.52, west: 46.56, north: 30.06, east: 48.80 }, // Kuwait (east widened, see above)
  LB: { south: 33.08, west: 35.12, north: 34.65, east: 36.62 }, // Lebanon
  PS: { south: 31.21, west: 34.21, north: 32.54, east: 35.55 }, // Palestine (Gaza added, see above)
  QA: { south: 24.55, west: 50.74, north: 26.12, east: 51.61 }, // Qatar
  SA: { south: 16.34, west: 34.63, north: 32.17, east: 55.67 }, // Saudi Arabia
  SY: { south: 32.31, west: 35.70, north: 37.23, east: 42.35 }, // Syria
  YE: { south: 12.58, west: 42.60, north: 19.01, east: 54.60 }, // Yemen (Socotra added, see above)
};

/** True when the point lies in the country's box plus the margin; false if the country has no box. */
export function insideCountry(country: string, lat: number, lon: number): boolean {
  const b = COUNTRY_BOUNDS[country];
  if (!b) return false;
  return lat >= b.south - MARGIN_DEG && lat <= b.north + MARGIN_DEG && lon >= b.west - MARGIN_DEG && lon <= b.east + MARGIN_DEG;
}
