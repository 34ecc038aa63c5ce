import type { CountryRow } from './countries.ts';

// The astronauts, which the catalog (station crews), the crews and the events all refer to: a module of
// their own, below all three, so that none of them imports another in a circle.

export interface Astronaut {
  id: number;
  name: string;
  agencyId: number | null;
  agencyKey: string;
  nationality: CountryRow[];
  private: boolean;
  /** Test dummies flown on uncrewed test flights (2.3.0 `is_human: false`). */
  nonHuman: boolean;
  dob: number | null;
  dod: number | null;
  imageId: number | null;
  flights: Array<{ net: number; mission: string; past: boolean }>;
  /** Launches they were in the launch crew of, spacecraft flights they landed with, spacewalks. */
  launchIds: string[];
  landingIds: number[];
  spacewalkIds: number[];
  busyUntil: number;
  socialLinks: Array<[number, string]>;
}
