/**
 * Hand-built LL2 2.3.0 objects for the derived-statistics tests: six launches (SpaceX from two Cape
 * pads, one Soyuz from Baikonur), two boosters, two crewed spacecraft, two astronauts and a spacewalk,
 * plus a seventh launch imported later. Every object carries statistics an upstream would send
 * (all 999 / 'P999D'): mirror mode must keep them, authoritative mode must replace them.
 *
 * Timeline (NET order): L1 2020-01-10 F9 SLC-40 Success (B1 lands on OCISLY) · L2 2020-03-01 F9
 * SLC-40 Failure (B2 fails to land on LZ-1) · L4 2020-04-09 Soyuz Site 31 Success (MS-A, crew 502) ·
 * L3 2020-05-30 F9 LC-39A Success (B1 on OCISLY, Dragon C206 with 501, docks, lands 2020-08-02) ·
 * L5 2021-01-20 F9 SLC-40 Success, sub-orbital (B1 on LZ-1) · L6 2021-06-01 F9 SLC-40 TBD (B2
 * landing planned). Later: L7 2021-03-01 F9 LC-39A Success (B2 on OCISLY, C206 again with 501).
 */
type Json = Record<string, any>;

const API = 'https://ll.thespacedevs.com/2.3.0';
const UP = 999; // what the "upstream" claims for every count
const UP_DURATION = 'P999D';

export const ID = {
  L1: '00000000-0000-4000-8000-000000000001',
  L2: '00000000-0000-4000-8000-000000000002',
  L3: '00000000-0000-4000-8000-000000000003',
  L4: '00000000-0000-4000-8000-000000000004',
  L5: '00000000-0000-4000-8000-000000000005',
  L6: '00000000-0000-4000-8000-000000000006',
  L7: '00000000-0000-4000-8000-000000000007',
};

const STATUS: Record<number, Json> = {
  2: { id: 2, name: 'To Be Determined', abbrev: 'TBD', description: 'TBD' },
  3: { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'Success' },
  4: { id: 4, name: 'Launch Failure', abbrev: 'Failure', description: 'Failure' },
};

const earth = { id: 1, name: 'Earth', total_attempted_launches: UP, successful_launches: UP, failed_launches: UP, total_attempted_landings: UP, successful_landings: UP, failed_landings: UP };
const agencyStats = Object.fromEntries(
  ['total_launch_count', 'consecutive_successful_launches', 'successful_launches', 'failed_launches', 'pending_launches', 'consecutive_successful_landings', 'successful_landings', 'failed_landings', 'attempted_landings', 'successful_landings_spacecraft', 'failed_landings_spacecraft', 'attempted_landings_spacecraft', 'successful_landings_payload', 'failed_landings_payload', 'attempted_landings_payload'].map((k) => [k, UP]),
);
const vehicleStats = Object.fromEntries(
  ['total_launch_count', 'consecutive_successful_launches', 'successful_launches', 'failed_launches', 'pending_launches', 'attempted_landings', 'successful_landings', 'failed_landings', 'consecutive_successful_landings'].map((k) => [k, UP]),
);
const agency = (id: number, name: string) => ({ id, url: `${API}/agencies/${id}/`, name, ...agencyStats });
const SPACEX = agency(121, 'SpaceX');
const ROSCOSMOS = agency(63, 'Russian Federal Space Agency (ROSCOSMOS)');

const location = (id: number, name: string) => ({ id, name, celestial_body: earth, total_launch_count: UP, total_landing_count: UP });
const CAPE = location(12, 'Cape Canaveral SFS, FL, USA');
const BAIKONUR = location(15, 'Baikonur Cosmodrome, Republic of Kazakhstan');
const pad = (id: number, name: string, loc: Json) => ({ id, name, location: loc, total_launch_count: UP, orbital_launch_attempt_count: UP, fastest_turnaround: UP_DURATION });
const SLC40 = pad(80, 'Space Launch Complex 40', CAPE);
const LC39A = pad(87, 'Launch Complex 39A', CAPE);
const SITE31 = pad(31, '31/6', BAIKONUR);

const LEO = { id: 8, name: 'Low Earth Orbit', abbrev: 'LEO' };
const SUB = { id: 15, name: 'Sub-Orbital', abbrev: 'Sub' };

const config = (id: number, name: string, family: Json) => ({ id, name, full_name: name, families: [family], ...vehicleStats, fastest_turnaround: UP_DURATION });
const F9 = config(164, 'Falcon 9', { id: 1, name: 'Falcon', ...vehicleStats });
const SOYUZ = config(40, 'Soyuz 2.1a', { id: 2, name: 'Soyuz', ...vehicleStats });

const landingLocation = (id: number, abbrev: string) => ({ id, name: abbrev, abbrev, location: CAPE, celestial_body: earth, successful_landings: UP, attempted_landings: UP, failed_landings: UP });
const OCISLY = landingLocation(20, 'OCISLY');
const LZ1 = landingLocation(21, 'LZ-1');

const booster = (id: number, serial: string) => ({ id, serial_number: serial, flights: UP, successful_landings: UP, attempted_landings: UP, first_launch_date: '1999-01-01T00:00:00Z', last_launch_date: '1999-01-01T00:00:00Z', fastest_turnaround: UP_DURATION });

/** A first stage as an upstream sends it, claiming a flight number, previous flight and turnaround of its own. */
function stage(id: number, launcher: Json, landingId: number, success: boolean | null, at: Json) {
  return {
    id, type: 'Core', reused: false, launcher, landing: { id: landingId, attempt: true, success, landing_location: at },
    launcher_flight_number: UP, previous_flight_date: '1999-01-01T00:00:00Z', turn_around_time: UP_DURATION, previous_flight: null,
  };
}

const scConfig = (id: number, name: string, family: Json) => ({
  id, name, family: [family], spacecraft_flown: UP, total_launch_count: UP, successful_launches: UP, failed_launches: UP,
  attempted_landings: UP, successful_landings: UP, failed_landings: UP, fastest_turnaround: UP_DURATION,
});
const scFamily = (id: number, name: string) => ({ id, name, spacecraft_flown: UP, total_launch_count: UP, successful_launches: UP, failed_launches: UP, attempted_landings: UP, successful_landings: UP, failed_landings: UP });
const DRAGON2 = scConfig(10, 'Dragon 2', scFamily(5, 'Dragon'));
const SOYUZ_MS = scConfig(11, 'Soyuz MS', scFamily(6, 'Soyuz'));
// the upstream also claims every spacecraft and astronaut is in space, and that none has flown
const spacecraft = (id: number, name: string, cfg: Json) => ({ id, name, spacecraft_config: cfg, in_space: true, flights_count: UP, mission_ends_count: UP, time_in_space: UP_DURATION, time_docked: UP_DURATION, fastest_turnaround: UP_DURATION });
const C206 = spacecraft(301, 'C206', DRAGON2);
const MSA = spacecraft(302, 'MS-A', SOYUZ_MS);

const astronaut = (id: number, name: string, born: string, died: string | null) => ({
  id, name, date_of_birth: born, date_of_death: died, age: UP, flights_count: UP, landings_count: UP, spacewalks_count: UP,
  time_in_space: UP_DURATION, eva_time: UP_DURATION, first_flight: '1999-01-01T00:00:00Z', last_flight: '1999-01-01T00:00:00Z',
  has_flown: false, in_space: true,
});
export const A501 = astronaut(501, 'Astro One', '1970-05-10', null);
export const A502 = astronaut(502, 'Cosmo Two', '1960-01-01', '2020-06-15');
/** An astronaut on no flight at all, imported on its own. */
export const A503 = { url: `${API}/astronauts/503/`, ...astronaut(503, 'Still Waiting', '1985-03-03', null) };
const crew = (id: number, a: Json) => ({ id, role: { id: 1, role: 'Commander', priority: 0 }, astronaut: a });

const counts = Object.fromEntries(
  ['orbital', 'location', 'pad', 'agency'].flatMap((k) => [[`${k}_launch_attempt_count`, UP], [`${k}_launch_attempt_count_year`, UP]]),
);

function launch(id: string, name: string, net: string, status: number, lsp: Json, p: Json, orbit: Json, rocket: Json): Json {
  return {
    id, url: `${API}/launches/${id}/`, name, net, window_start: net, window_end: net, status: STATUS[status],
    launch_service_provider: lsp, pad: p, mission: { id: Number(id.slice(-2)) + 900, name, orbit }, rocket,
    ...counts, pad_turnaround: UP_DURATION,
  };
}

export function firstLaunches(): Json[] {
  const b1 = booster(1001, 'B1');
  const b2 = booster(1002, 'B2');
  return [
    launch(ID.L1, 'F9 | One', '2020-01-10T00:00:00Z', 3, SPACEX, SLC40, LEO, { id: 1, configuration: F9, launcher_stage: [stage(1, b1, 1, true, OCISLY)] }),
    launch(ID.L2, 'F9 | Two', '2020-03-01T00:00:00Z', 4, SPACEX, SLC40, LEO, { id: 2, configuration: F9, launcher_stage: [stage(2, b2, 2, false, LZ1)] }),
    launch(ID.L3, 'F9 | Crew', '2020-05-30T19:22:45Z', 3, SPACEX, LC39A, LEO, {
      id: 3, configuration: F9, launcher_stage: [stage(3, b1, 3, true, OCISLY)],
      spacecraft_stage: [{
        id: 31, spacecraft: C206, mission_end: '2020-08-02T18:48:06Z', duration: UP_DURATION, turn_around_time: UP_DURATION,
        landing: { id: 31, attempt: true, success: true }, launch_crew: [crew(1, A501)], landing_crew: [crew(2, A501)],
        docking_events: [{ id: 701, docking: '2020-05-31T14:16:00Z', departure: '2020-08-01T23:35:00Z' }],
      }],
    }),
    launch(ID.L4, 'Soyuz | MS-A', '2020-04-09T08:05:06Z', 3, ROSCOSMOS, SITE31, LEO, {
      id: 4, configuration: SOYUZ,
      spacecraft_stage: [{ id: 41, spacecraft: MSA, mission_end: '2020-10-22T04:54:00Z', landing: { id: 41, attempt: true, success: true }, launch_crew: [crew(3, A502)], landing_crew: [crew(4, A502)] }],
    }),
    launch(ID.L5, 'F9 | Hop', '2021-01-20T12:00:00Z', 3, SPACEX, SLC40, SUB, { id: 5, configuration: F9, launcher_stage: [stage(5, b1, 5, true, LZ1)] }),
    launch(ID.L6, 'F9 | Later', '2021-06-01T00:00:00Z', 2, SPACEX, SLC40, LEO, { id: 6, configuration: F9, launcher_stage: [stage(6, b2, 6, null, OCISLY)] }),
  ];
}

export const SPACEWALK = {
  id: 801, url: `${API}/spacewalks/801/`, name: 'EVA 1', start: '2020-07-01T11:00:00Z', end: '2020-07-01T13:30:00Z',
  crew: [crew(5, A501)],
};

export function seventhLaunch(): Json {
  return launch(ID.L7, 'F9 | Crew 2', '2021-03-01T00:00:00Z', 3, SPACEX, LC39A, LEO, {
    id: 7, configuration: F9, launcher_stage: [stage(7, booster(1002, 'B2'), 7, true, OCISLY)],
    spacecraft_stage: [{ id: 71, spacecraft: C206, mission_end: null, launch_crew: [crew(6, A501)] }],
  });
}

export const page = (results: Json[]) => ({ count: results.length, next: null, previous: null, results });
