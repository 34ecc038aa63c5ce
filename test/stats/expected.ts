/**
 * The statistics of test/stats/fixtures.ts, worked out by hand from its timeline, as
 * { path: { field: value } }. `before` is after the first import (six launches and the spacewalk);
 * `changedByL7` lists exactly what importing the seventh launch changes.
 */
import { ID } from './fixtures.ts';

type Table = Record<string, Record<string, unknown>>;

const launchCounts = (o: number | null, loc: number | null, pad: number, ag: number, oy: number | null, ly: number | null, py: number, ay: number, turn: string) => ({
  orbital_launch_attempt_count: o,
  location_launch_attempt_count: loc,
  pad_launch_attempt_count: pad,
  agency_launch_attempt_count: ag,
  orbital_launch_attempt_count_year: oy,
  location_launch_attempt_count_year: ly,
  pad_launch_attempt_count_year: py,
  agency_launch_attempt_count_year: ay,
  pad_turnaround: turn,
});

const L = (id: string) => `/2.3.0/launches/${id}/`;

export const before: Table = {
  // NET order L1, L2, L4, L3, L5 (sub-orbital), L6
  [L(ID.L1)]: launchCounts(1, 1, 1, 1, 1, 1, 1, 1, 'P0D'),
  [L(ID.L2)]: launchCounts(2, 2, 2, 2, 2, 2, 2, 2, 'P51D'),
  [L(ID.L4)]: launchCounts(3, 1, 1, 1, 3, 1, 1, 1, 'P0D'),
  [L(ID.L3)]: launchCounts(4, 3, 1, 3, 4, 3, 1, 3, 'P0D'),
  [L(ID.L5)]: launchCounts(null, 4, 3, 4, null, 1, 1, 1, 'P325DT12H'),
  [L(ID.L6)]: launchCounts(5, 5, 4, 5, 1, 2, 2, 2, 'P131DT12H'),
  // launched L1 S, L2 F, L3 S, L5 S; L6 pending. Booster landings L1 ok, L2 failed, L3 ok, L5 ok.
  '/2.3.0/agencies/121/': {
    total_launch_count: 4, successful_launches: 3, failed_launches: 1, pending_launches: 1, consecutive_successful_launches: 2,
    attempted_landings: 4, successful_landings: 3, failed_landings: 1, consecutive_successful_landings: 2,
    attempted_landings_spacecraft: 1, successful_landings_spacecraft: 1, failed_landings_spacecraft: 0,
    attempted_landings_payload: 0, successful_landings_payload: 0, failed_landings_payload: 0,
  },
  '/2.3.0/agencies/63/': {
    total_launch_count: 1, successful_launches: 1, failed_launches: 0, pending_launches: 0, consecutive_successful_launches: 1,
    attempted_landings: 0, successful_landings: 0, failed_landings: 0, consecutive_successful_landings: 0,
    attempted_landings_spacecraft: 1, successful_landings_spacecraft: 1, failed_landings_spacecraft: 0,
  },
  '/2.3.0/launcher_configurations/164/': {
    total_launch_count: 4, successful_launches: 3, failed_launches: 1, pending_launches: 1, consecutive_successful_launches: 2,
    attempted_landings: 4, successful_landings: 3, failed_landings: 1, consecutive_successful_landings: 2,
    fastest_turnaround: 'P141DT19H22M45S', // B1: L1 → L3
  },
  '/2.3.0/launcher_configurations/40/': { total_launch_count: 1, successful_launches: 1, consecutive_successful_launches: 1, pending_launches: 0, attempted_landings: 0, fastest_turnaround: null },
  '/2.3.0/launcher_configuration_families/1/': { total_launch_count: 4, successful_launches: 3, failed_launches: 1, pending_launches: 1, consecutive_successful_launches: 2, attempted_landings: 4, consecutive_successful_landings: 2 },
  '/2.3.0/launchers/1001/': {
    flights: 3, attempted_landings: 3, successful_landings: 3, first_launch_date: '2020-01-10T00:00:00Z', last_launch_date: '2021-01-20T12:00:00Z',
    fastest_turnaround: 'P141DT19H22M45S',
  },
  '/2.3.0/launchers/1002/': {
    flights: 1, attempted_landings: 1, successful_landings: 0, first_launch_date: '2020-03-01T00:00:00Z', last_launch_date: '2020-03-01T00:00:00Z',
    fastest_turnaround: null,
  },
  '/2.3.0/pads/80/': { total_launch_count: 3, orbital_launch_attempt_count: 2, fastest_turnaround: 'P51D' },
  '/2.3.0/pads/87/': { total_launch_count: 1, orbital_launch_attempt_count: 1, fastest_turnaround: null },
  '/2.3.0/pads/31/': { total_launch_count: 1, orbital_launch_attempt_count: 1, fastest_turnaround: null },
  '/2.3.0/locations/12/': { total_launch_count: 4, total_landing_count: 4 },
  '/2.3.0/locations/15/': { total_launch_count: 1, total_landing_count: 0 },
  '/2.3.0/celestial_bodies/1/': {
    total_attempted_launches: 5, successful_launches: 4, failed_launches: 1,
    total_attempted_landings: 4, successful_landings: 3, failed_landings: 1,
  },
  '/2.3.0/spacecraft_flights/31/': { duration: 'P63DT23H25M21S', turn_around_time: null },
  '/2.3.0/spacecraft/301/': { flights_count: 1, mission_ends_count: 1, time_in_space: 'P63DT23H25M21S', time_docked: 'P62DT9H19M', fastest_turnaround: null },
  '/2.3.0/spacecraft/302/': { flights_count: 1, mission_ends_count: 1, time_in_space: 'P195DT20H48M54S', time_docked: 'P0D', fastest_turnaround: null },
  '/2.3.0/spacecraft_configurations/10/': {
    spacecraft_flown: 1, total_launch_count: 1, successful_launches: 1, failed_launches: 0,
    attempted_landings: 1, successful_landings: 1, failed_landings: 0, fastest_turnaround: null,
  },
  '/2.3.0/spacecraft_configuration_families/5/': { spacecraft_flown: 1, total_launch_count: 1, successful_launches: 1, attempted_landings: 1 },
  '/2.3.0/astronauts/501/': {
    flights_count: 1, landings_count: 1, spacewalks_count: 1, time_in_space: 'P63DT23H25M21S', eva_time: 'PT2H30M',
    first_flight: '2020-05-30T19:22:45Z', last_flight: '2020-05-30T19:22:45Z',
  },
  '/2.3.0/astronauts/502/': {
    flights_count: 1, landings_count: 1, spacewalks_count: 0, time_in_space: 'P195DT20H48M54S', eva_time: 'P0D', age: 60,
    first_flight: '2020-04-09T08:05:06Z', last_flight: '2020-04-09T08:05:06Z',
  },
};

/** The landing location of a landing, read through the landing's detail. */
export const landingLocations: Table = {
  '/2.3.0/landings/1/': { attempted_landings: 2, successful_landings: 2, failed_landings: 0 }, // OCISLY: L1, L3
  '/2.3.0/landings/2/': { attempted_landings: 2, successful_landings: 1, failed_landings: 1 }, // LZ-1: L2, L5
};

/** L7 (2021-03-01, LC-39A, Success, B2 lands on OCISLY, C206 flies again with 501) moves exactly these. */
export const changedByL7: Table = {
  [L(ID.L7)]: launchCounts(5, 5, 2, 5, 1, 2, 1, 2, 'P274DT4H37M15S'),
  [L(ID.L6)]: { orbital_launch_attempt_count: 6, location_launch_attempt_count: 6, agency_launch_attempt_count: 6, orbital_launch_attempt_count_year: 2, location_launch_attempt_count_year: 3, agency_launch_attempt_count_year: 3 },
  '/2.3.0/agencies/121/': { total_launch_count: 5, successful_launches: 4, consecutive_successful_launches: 3, attempted_landings: 5, successful_landings: 4, consecutive_successful_landings: 3 },
  '/2.3.0/launcher_configurations/164/': { total_launch_count: 5, successful_launches: 4, consecutive_successful_launches: 3, attempted_landings: 5, successful_landings: 4, consecutive_successful_landings: 3 },
  '/2.3.0/launcher_configuration_families/1/': { total_launch_count: 5, successful_launches: 4, consecutive_successful_launches: 3, attempted_landings: 5, consecutive_successful_landings: 3 },
  '/2.3.0/launchers/1002/': { flights: 2, attempted_landings: 2, successful_landings: 1, last_launch_date: '2021-03-01T00:00:00Z', fastest_turnaround: 'P365D' },
  '/2.3.0/pads/87/': { total_launch_count: 2, orbital_launch_attempt_count: 2, fastest_turnaround: 'P274DT4H37M15S' },
  '/2.3.0/locations/12/': { total_launch_count: 5, total_landing_count: 5 },
  '/2.3.0/celestial_bodies/1/': { total_attempted_launches: 6, successful_launches: 5, total_attempted_landings: 5, successful_landings: 4 },
  '/2.3.0/landings/1/': { attempted_landings: 3, successful_landings: 3 },
  '/2.3.0/spacecraft/301/': { flights_count: 2, fastest_turnaround: 'P210DT5H11M54S' },
  '/2.3.0/spacecraft_configurations/10/': { total_launch_count: 2, successful_launches: 2, fastest_turnaround: 'P210DT5H11M54S' },
  '/2.3.0/spacecraft_configuration_families/5/': { total_launch_count: 2, successful_launches: 2 },
  '/2.3.0/astronauts/501/': { flights_count: 2, last_flight: '2021-03-01T00:00:00Z' },
};

/**
 * First stages (read through their launch's `rocket.launcher_stage`): each booster's stages numbered
 * in NET order over all its launches, the previous one named, the turnaround from its NET.
 * B1 flies L1, L3, L5; B2 flies L2 and L6 (TBD).
 */
export const stagesBefore: Table = {
  [L(ID.L1)]: { launcher_flight_number: 1, previous_flight: null, previous_flight_date: null, turn_around_time: null },
  [L(ID.L3)]: { launcher_flight_number: 2, previous_flight: ID.L1, previous_flight_date: '2020-01-10T00:00:00Z', turn_around_time: 'P141DT19H22M45S' },
  [L(ID.L5)]: { launcher_flight_number: 3, previous_flight: ID.L3, previous_flight_date: '2020-05-30T19:22:45Z', turn_around_time: 'P234DT16H37M15S' },
  [L(ID.L2)]: { launcher_flight_number: 1, previous_flight: null, previous_flight_date: null, turn_around_time: null },
  [L(ID.L6)]: { launcher_flight_number: 2, previous_flight: ID.L2, previous_flight_date: '2020-03-01T00:00:00Z', turn_around_time: 'P457D' },
};

/** L7 puts B2 between L2 and L6: L7 is its second flight, L6 moves to third. */
export const stagesAfterL7: Table = {
  [L(ID.L7)]: { launcher_flight_number: 2, previous_flight: ID.L2, previous_flight_date: '2020-03-01T00:00:00Z', turn_around_time: 'P365D' },
  [L(ID.L6)]: { launcher_flight_number: 3, previous_flight: ID.L7, previous_flight_date: '2021-03-01T00:00:00Z', turn_around_time: 'P92D' },
};

/**
 * in_space: everyone has landed; 503 never flew. L7 sends C206 up again with 501 and it has not ended.
 * (has_flown is no field of any page: the test reads it through the `has_flown` filter and the row.)
 */
export const flagsBefore: Table = {
  '/2.3.0/astronauts/501/': { in_space: false },
  '/2.3.0/astronauts/502/': { in_space: false },
  '/2.3.0/astronauts/503/': { in_space: false, flights_count: 0 },
  '/2.3.0/spacecraft/301/': { in_space: false },
  '/2.3.0/spacecraft/302/': { in_space: false },
};
export const flagsAfterL7: Table = {
  '/2.3.0/astronauts/501/': { in_space: true },
  '/2.3.0/astronauts/502/': { in_space: false },
  '/2.3.0/spacecraft/301/': { in_space: true },
  '/2.3.0/spacecraft/302/': { in_space: false },
};
