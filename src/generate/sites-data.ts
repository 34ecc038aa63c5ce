import { fields, checkObject, checkRows, readData } from './data/load.ts';

/**
 * Launch sites (locations with their pads) and landing locations. Coordinates and names are public
 * facts; a few sites are on the Moon and Mars so that non-Earth celestial bodies appear.
 * The rows are data/sites.json.
 */
export interface LocationSpec {
  key: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  timezone: string;
  body: string;
  pads: string[];
}

export interface LandingLocationSpec {
  key: string;
  name: string;
  abbrev: string;
  location: string | null;
  lat: number;
  lon: number;
  description: string;
}

const SITES = checkObject<{ locations: unknown; landingLocations: unknown }>('sites.json', readData('sites'), { locations: 'array', landingLocations: 'array' });

export const LOCATIONS_DATA: LocationSpec[] = checkRows<LocationSpec>('sites.json locations', SITES.locations, fields('key name timezone body: string; country: string?; lat lon: number; pads: string[]'));

export const LANDING_LOCATIONS_DATA: LandingLocationSpec[] = checkRows<LandingLocationSpec>('sites.json landingLocations', SITES.landingLocations, fields('key name abbrev description: string; location: string?; lat lon: number'));
