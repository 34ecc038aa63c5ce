import type { GenContext, LaunchFacts } from './context.ts';
import { INFO_URL_TYPE, LANGUAGE, TIMELINE, VID_URL_TYPE } from './lookup-tables.ts';
import { MEDIA_HOST } from './text.ts';
import { DAY, HOUR, isoDateTime, isoDuration, MINUTE, SECOND } from './time.ts';

/** Fictional editors of the launch updates. */
export const EDITORS = ['orbital_ops', 'launch_tracker', 'apogee_amy', 'perigee_pete', 'nominal_nick', 'maxq_mia', 'tminus_tom', 'deltav_dana', 'stage_sep_sam', 'coast_phase'];

/** Vehicles that publish detailed countdown timelines. */
const TIMELINE_FAMILIES = new Set(['Falcon', 'Electron', 'Vulcan', 'New Glenn', 'Ariane', 'Starship', 'Neutron', 'H3']);

/** The most updates a generated launch has; later ones (the Starship site's news, dashboard.ts) take the next positions. */
export const MAX_LAUNCH_UPDATES = 6;

/** Updates, info and video links, and the countdown timeline of a launch (and sometimes its mission). */
export function writeExtras(ctx: GenContext, l: LaunchFacts, lastUpdated: number): void {
  const rng = l.rng;
  const { writer, anchor } = ctx;

  // updates: few for old launches, several for recent and upcoming ones
  const count = l.year < 2010 ? (rng.chance(0.3) ? 1 : 0) : l.year < 2020 ? rng.int(0, 3) : rng.int(1, MAX_LAUNCH_UPDATES);
  // updates are written before the anchor: those of an upcoming launch end with its last update
  const last = Math.min(lastUpdated, anchor);
  const first = Math.min(l.net - rng.float(20, 150) * DAY, last - HOUR);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(Math.floor(rng.float(first, Math.max(first + MINUTE, last)) / MINUTE) * MINUTE);
  times.sort((a, b) => a - b);
  times.forEach((t, pos) => {
    const editor = rng.pick(EDITORS);
    const final = pos === count - 1 && l.past && t >= l.net;
    const id = ctx.next('update');
    writer.add('update', {
      id,
      profile_image: rng.chance(0.9) ? `${MEDIA_HOST}/profile_images/${editor}_profile_20210817212020.png` : null,
      comment: final ? outcomeComment(l) : pos === 0 ? 'Added launch.' : rng.pick(COMMENTS),
      info_url: rng.chance(0.6) ? `https://x.com/${l.provider.abbrev.replace(/[^A-Za-z0-9]/g, '') || 'space'}/status/1${rng.chars(18, '0123456789')}` : null,
      created_by: editor,
      created_on: isoDateTime(t),
      launch_id: l.id,
      pos,
    });
  });

  // info links
  if (l.year >= 2000 && rng.chance(0.3)) {
    const n = rng.int(1, 2);
    for (let pos = 0; pos < n; pos++) {
      const base = l.provider.infoUrl ?? 'https://www.example.org/';
      writer.add('info_url', {
        id: ctx.next('infoUrl'),
        priority: pos === 0 ? 10 : 9,
        source: new URL(base).hostname.replace(/^www\./, ''),
        title: pos === 0 ? `${l.missionName} Mission` : `${l.missionName} Press Kit`,
        description: pos === 0 ? `Mission page for ${l.missionName}.` : null,
        feature_image: rng.chance(0.5) ? `${MEDIA_HOST}/info_images/${l.slug}_${pos}.jpeg` : null,
        url: `${base.replace(/\/$/, '')}/missions/${l.slug}${pos ? '-press-kit' : ''}`,
        type_id: pos === 0 ? INFO_URL_TYPE.official : INFO_URL_TYPE.pressKit,
        language_id: LANGUAGE.english,
        mission_id: null,
        launch_id: l.id,
        pos,
      });
    }
  }

  // webcasts
  if (l.year >= 2010 && rng.chance(l.year >= 2018 ? 0.6 : 0.35)) {
    const n = rng.chance(0.25) ? 2 : 1;
    for (let pos = 0; pos < n; pos++) {
      const video = rng.chars(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
      const official = pos === 0;
      writer.add('vid_url', {
        id: ctx.next('vidUrl'),
        priority: official ? 10 : 5,
        source: 'youtube.com',
        publisher: official ? l.provider.name : rng.pick(['Space Live Channel', 'Orbit Watch', 'Countdown Central']),
        title: official ? `${l.name} Launch Webcast` : `LIVE: ${l.missionName} launch coverage`,
        description: official ? `Official webcast of the ${l.missionName} launch.` : null,
        feature_image: `https://i.ytimg.com/vi/${video}/maxresdefault.jpg`,
        url: `https://www.youtube.com/watch?v=${video}`,
        start_time: isoDateTime(l.net - rng.int(15, 60) * MINUTE),
        end_time: l.past ? isoDateTime(l.net + rng.int(10, 90) * MINUTE) : null,
        live: l.statusId === 6,
        type_id: official ? VID_URL_TYPE.official : VID_URL_TYPE.unofficial,
        language_id: rng.chance(0.9) ? LANGUAGE.english : rng.pick([LANGUAGE.spanish, LANGUAGE.french, LANGUAGE.german, LANGUAGE.japanese]),
        mission_id: null,
        launch_id: l.id,
        pos,
      });
    }
  }

  // countdown timeline
  if (l.year >= 2018 && TIMELINE_FAMILIES.has(l.family.name) && rng.chance(0.8)) {
    const reusable = Boolean(l.config.spec.booster);
    const events: Array<[string, number]> = [
      ['Go/No-Go', -rng.int(35, 45) * MINUTE],
      ['Prop Load', -rng.int(30, 35) * MINUTE],
      ['Engine Chill', -rng.int(6, 8) * MINUTE],
      ['Terminal Count', -MINUTE],
      ['Liftoff', 0],
      ['Max-Q', rng.int(60, 80) * SECOND],
      ['MECO', rng.int(140, 170) * SECOND],
      ['Stage Sep', rng.int(172, 180) * SECOND],
      ['SES-1', rng.int(182, 190) * SECOND],
      ['Fairing Sep', rng.int(195, 240) * SECOND],
      ['SECO-1', rng.int(500, 560) * SECOND],
      ['Payload Deploy', rng.int(15, 70) * MINUTE],
    ];
    if (l.family.name === 'Falcon') events.push(['Strongback Retract', -4 * MINUTE]);
    if (reusable) events.push(['Entry Burn', rng.int(380, 420) * SECOND], ['Landing Burn', rng.int(470, 500) * SECOND], ['Landing', rng.int(505, 520) * SECOND]);
    events.sort((a, b) => a[1] - b[1]);
    events.forEach(([abbrev, offset], pos) => {
      writer.add('timeline_event', { id: ctx.next('timelineEvent'), relative_time: offset === 0 ? 'P0D' : isoDuration(offset), type_id: TIMELINE[abbrev], launch_id: l.id, pos });
    });
  }
}

/** Links on the mission itself (a minority of missions have them). */
export function writeMissionLinks(ctx: GenContext, l: LaunchFacts): void {
  const rng = l.rng;
  if (rng.chance(0.05)) {
    ctx.writer.add('info_url', {
      id: ctx.next('infoUrl'),
      priority: 5,
      source: 'wikipedia.org',
      title: l.missionName,
      description: null,
      feature_image: null,
      url: encodeURI(`https://en.wikipedia.org/wiki/${l.missionName.replace(/ /g, '_')}`),
      type_id: INFO_URL_TYPE.wikipedia,
      language_id: LANGUAGE.english,
      mission_id: l.missionId,
      launch_id: null,
      pos: 0,
    });
  }
  if (l.year >= 2012 && rng.chance(0.03)) {
    const video = rng.chars(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
    ctx.writer.add('vid_url', {
      id: ctx.next('vidUrl'),
      priority: 3,
      source: 'youtube.com',
      publisher: l.provider.name,
      title: `${l.missionName} mission animation`,
      description: null,
      feature_image: null,
      url: `https://www.youtube.com/watch?v=${video}`,
      start_time: null,
      end_time: null,
      live: false,
      type_id: VID_URL_TYPE.animation,
      language_id: LANGUAGE.english,
      mission_id: l.missionId,
      launch_id: null,
      pos: 0,
    });
  }
}

const COMMENTS = [
  'NET updated.',
  'Launch window updated.',
  'Mission details updated.',
  'Payload information updated.',
  'Static fire complete.',
  'Vehicle rolled out to the pad.',
  'Payload encapsulated.',
  'Added webcast.',
  'Launch time confirmed by the provider.',
  'Weather forecast updated.',
  'Range approval received.',
  'Scrubbed; new date to be determined.',
];

function outcomeComment(l: LaunchFacts): string {
  switch (l.statusId) {
    case 3:
      return l.rng.pick(['Launch successful.', 'Payload deployed, launch success.', 'Nominal orbit reached.']);
    case 4:
      return 'Launch failure.';
    case 7:
      return 'Partial failure: the payload reached a lower orbit than planned.';
    case 6:
      return 'Liftoff!';
    case 9:
      return 'Payload deployed.';
    default:
      return 'Status updated.';
  }
}
