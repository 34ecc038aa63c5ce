import type { Booster } from './boosters.ts';
import type { GenContext } from './context.ts';
import { EDITORS } from './launch-extras.ts';
import { LANGUAGE, NOTICE_TYPES, ROAD_CLOSURE_STATUS, VID_URL_TYPE } from './lookup-tables.ts';
import type { Rng } from './rng.ts';
import { MEDIA_HOST } from './text.ts';
import { DAY, HOUR, isoDateTime, MINUTE } from './time.ts';

/** How many items each list of the dashboard shows. */
const SHOWN = 10;

const DASHBOARD_NEWS = [
  'Starbase: the next ship rolled out to the launch site for cryogenic proof testing.',
  'Starbase: the next booster completed a static fire on the orbital launch mount.',
  'Starbase: road closures posted for vehicle transport to the launch site.',
  'Starbase: the launch tower chopsticks were tested with a booster simulator.',
  'Starbase: a ship was moved back to the production site after testing.',
];

/**
 * LL2's Starship dashboard (one row, id 1): recent updates of the Starship launches and events, live
 * streams of the launch site, road closures and public notices around the anchor, the boosters and
 * ships of the family, and its upcoming and previous launches and events.
 */
export function writeStarshipDashboard(ctx: GenContext, rng: Rng, boosters: Booster[]): void {
  const { writer, anchor, cat } = ctx;
  writer.add('starship_dashboard', { id: 1 });

  // updates: a couple of site news and the updates of the family's launches and events, newest first
  for (const comment of rng.sample(DASHBOARD_NEWS, rng.int(2, 3))) {
    const id = ctx.next('update');
    const editor = rng.pick(EDITORS);
    const createdOn = Math.floor((anchor - rng.float(0.2, 10) * DAY) / MINUTE) * MINUTE;
    writer.add('update', {
      id,
      profile_image: `${MEDIA_HOST}/profile_images/${editor}_profile_20210817212020.png`,
      comment,
      info_url: rng.chance(0.5) ? `https://x.com/SpaceX/status/1${rng.chars(18, '0123456789')}` : null,
      created_by: editor,
      created_on: isoDateTime(createdOn),
      launch_id: null,
      event_id: null,
      program_id: null,
    });
    ctx.starshipUpdates.push([createdOn, id]);
  }
  ctx.starshipUpdates
    .filter(([t]) => t <= anchor)
    .sort((a, b) => b[0] - a[0] || b[1] - a[1])
    .slice(0, SHOWN)
    .forEach(([, target_id], pos) => writer.add('starship_dashboard__updates', { owner_id: 1, pos, target_id }));

  // live streams of the launch site
  const streams: Array<[publisher: string, title: string]> = [
    ['Starbase Live', 'Starbase Live: 24/7 Starship Development Coverage'],
    ['Gulf Coast Cams', 'Live: Starship Launch Site and Production Site Views'],
    ['Rocket Ranch Radio', 'Starbase Live Audio and Launch Pad Camera'],
  ];
  streams.slice(0, rng.int(2, 3)).forEach(([publisher, title], pos) => {
    const video = rng.chars(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
    writer.add('vid_url', {
      id: ctx.next('vidUrl'),
      priority: 10 - pos,
      source: 'youtube.com',
      publisher,
      title,
      description: 'Round-the-clock views of the Starship production and launch sites.',
      feature_image: `https://i.ytimg.com/vi/${video}/maxresdefault.jpg`,
      url: `https://www.youtube.com/watch?v=${video}`,
      start_time: null,
      end_time: null,
      live: true,
      type_id: VID_URL_TYPE.unofficial,
      language_id: LANGUAGE.english,
      mission_id: null,
      launch_id: null,
      event_id: null,
      dashboard_id: 1,
      pos,
    });
  });

  // road closures of the highway to the launch site, from three weeks back to four weeks ahead
  const closures: Array<[start: number, end: number]> = [];
  for (let i = 0, n = rng.int(8, 14); i < n; i++) {
    const day = Math.floor((anchor + rng.float(-21, 28) * DAY) / DAY) * DAY;
    const start = day + rng.int(12, 20) * HOUR;
    closures.push([start, start + rng.int(6, 14) * HOUR]);
  }
  closures.sort((a, b) => a[0] - b[0]);
  closures.forEach(([start, end], i) => {
    const S = ROAD_CLOSURE_STATUS;
    const status = end <= anchor ? rng.weighted([S.scheduled, S.revoked, S.cancelled], [6, 3, 1]) : rng.weighted([S.scheduled, S.possible, S.revoked], [5, 3, 1]);
    writer.add('road_closure', {
      id: i + 1,
      title: rng.pick(['Primary Date', 'Alternative Date', 'Backup Date', 'Flight Test Closure', 'Transport Closure']),
      window_start: isoDateTime(start),
      window_end: isoDateTime(end),
      status_id: status,
    });
    writer.add('starship_dashboard__road_closures', { owner_id: 1, pos: i, target_id: i + 1 });
  });

  // public notices (maritime, airspace, hazard areas), newest first
  const notices: Array<[date: number, type: number]> = [];
  for (let i = 0, n = rng.int(4, 8); i < n; i++) notices.push([Math.floor((anchor + rng.float(-30, 20) * DAY) / MINUTE) * MINUTE, rng.int(1, NOTICE_TYPES.length)]);
  notices.sort((a, b) => b[0] - a[0]);
  notices.forEach(([date, type], i) => {
    const id = i + 1;
    writer.add('notice', { id, date: isoDateTime(date), url: `https://notices.example.org/starbase/${NOTICE_TYPES[type - 1].toLowerCase().replace(/ /g, '-')}-${id}.pdf`, type_id: type });
    writer.add('starship_dashboard__notices', { owner_id: 1, pos: i, target_id: id });
  });

  // the family's boosters (most recently flown or assigned first) and ships (newest first)
  boosters
    .filter((b) => b.config.family.name === 'Starship')
    .sort((a, b) => b.lastNet - a.lastNet || b.id - a.id)
    .slice(0, SHOWN)
    .forEach((b, pos) => writer.add('starship_dashboard__vehicles', { owner_id: 1, pos, target_id: b.id }));
  cat.spacecraft
    .filter((v) => v.config.spec.key === 'starship')
    .sort((a, b) => b.id - a.id)
    .slice(0, SHOWN)
    .forEach((v, pos) => writer.add('starship_dashboard__orbiters', { owner_id: 1, pos, target_id: v.id }));

  // upcoming and previous launches and events of the family
  const launches = ctx.starshipLaunches;
  const events = ctx.events.familyEvents('Starship');
  const sections: Array<[id: number, column: string, launches: string[], events: number[]]> = [
    [
      1,
      'upcoming_of_id',
      launches.filter(([net]) => net > anchor).sort((a, b) => a[0] - b[0]).slice(0, SHOWN).map(([, id]) => id),
      events.filter((e) => e.date > anchor).sort((a, b) => a.date - b.date || a.id - b.id).slice(0, SHOWN).map((e) => e.id),
    ],
    [
      2,
      'previous_of_id',
      launches.filter(([net]) => net <= anchor).sort((a, b) => b[0] - a[0]).slice(0, SHOWN).map(([, id]) => id),
      events.filter((e) => e.date <= anchor).sort((a, b) => b.date - a.date || b.id - a.id).slice(0, SHOWN).map((e) => e.id),
    ],
  ];
  for (const [id, column, ls, es] of sections) {
    writer.add('dashboard_section', { id, [column]: 1, pos: 0 });
    ls.forEach((target_id, pos) => writer.add('dashboard_section__launches', { owner_id: id, pos, target_id }));
    es.forEach((target_id, pos) => writer.add('dashboard_section__events', { owner_id: id, pos, target_id }));
  }
}
