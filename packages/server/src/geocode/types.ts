export interface LatLng {
  lat: number;
  lng: number;
}

/** Turns a UK postcode into a point; `undefined` when it does not know the postcode. */
export interface Geocoder {
  lookup(postcode: string): Promise<LatLng | undefined>;
}
