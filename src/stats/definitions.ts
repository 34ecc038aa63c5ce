/**
 * What the derived statistics count. LL2's own server is not public; these rules follow the public
 * code of its lineage (ItsCalebJones/SpaceLaunchNow-Server, api/models.py: the Agency, LauncherConfig,
 * Pad, Location, Launcher and Launch properties) and the values LL2 itself returns (the 2.3.0 seeds in
 * test/fixtures/seeds), made independent of the wall clock so a count only changes when rows change.
 *
 * Launch status ids (LL2 /config/launch_statuses/): 1 Go, 2 TBD, 3 Success, 4 Failure, 5 Hold,
 * 6 In Flight, 7 Partial Failure, 8 TBC, 9 Payload Deployed.
 */

/** Launched: the vehicle left the pad (the lineage's 3|4|7, plus the two "still flying" states). */
export const LAUNCHED = [3, 4, 6, 7, 9];
/** A success ends nothing; the lineage counts only status 3 as a success. */
export const SUCCESS = [3];
/** Failures break a streak; a partial failure counts as a failure (lineage: failed = 4|7). */
export const FAILURE = [4, 7];
/** Not flown yet (lineage: 1|2|5; TBC, added later, is pending by its meaning). */
export const PENDING = [1, 2, 5, 8];

/**
 * A launch is an orbital attempt unless its mission's orbit is sub-orbital (lineage: `~Q(mission__orbit
 * __name="Sub-Orbital")`; a launch without a mission or orbit counts as orbital). The same names the
 * `include_suborbital` filter uses.
 */
export const SUBORBITAL_ORBITS = ['Sub', 'Sub-Orbital', 'Suborbital'];

/** Ordering everywhere: by `net`, ties broken by id, so two launches never share a number. */
export const ORDER = 'net, id';

/** Which rows LL2 data may carry statistics that this server overwrites in authoritative mode. */
export type DataMode = 'mirror' | 'authoritative';
