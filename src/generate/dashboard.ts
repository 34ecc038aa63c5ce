import type { GenContext } from './context.ts';
import { EDITORS, MAX_LAUNCH_UPDATES } from './launch-extras.ts';
import { NOTICE_TYPES, ROAD_CLOSURE_STATUS } from './lookup-tables.ts';
import type { Rng } from './rng.ts';
import { MEDIA_HOST } from './text.ts';
import { DAY, HOUR, isoDateTime, MINUTE } from './time.ts';

const DASHBOARD_NEWS = [
  'Starbase: the next ship rolled out to the launch site for cryogenic proof testing.',
  'Starbase: the next booster completed a static fire on the orbital launch mount.',
  'Starbase: road closures posted for vehicle transport to the launch site.',
  'Starbase: the launch tower chopsticks were tested with a booster simulator.',
  'Starbase: a ship was moved back to the production site after testing.',
];

/**
 * What LL2's Starship dashboard shows beyond the launches, events and vehicles: site news (updates of
 * the family's next launch), the road closures of the highway to the launch site and public notices.
 * No dashboard row: like LL2, the server derives the dashboard from these rows and the launches
 * (src/resources/dashboard/derived.ts); a stored dashboard is what an import of LL2's own answer keeps.
 */
export function writeStarshipSite(ctx: GenContext, rng: Rng): void {
  const { writer, anchor } = ctx;

  // site news, as updates of the family's next launch (else its latest)
  const launches = [...ctx.starshipLaunches].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  const about = launches.find(([net]) => net > anchor) ?? launches.at(-1);
  const news = rng.sample(DASHBOARD_NEWS, rng.int(2, 3)).map((comment) => {
    const editor = rng.pick(EDITORS);
    const createdOn = Math.floor((anchor - rng.float(0.2, 10) * DAY) / MINUTE) * MINUTE;
    const infoUrl = rng.chance(0.5) ? `https://x.com/SpaceX/status/1${rng.chars(18, '0123456789')}` : null;
    return { comment, editor, createdOn, infoUrl };
  });
  // after the launch's own updates, oldest first as those are
  news.sort((a, b) => a.createdOn - b.createdOn);
  news.forEach(({ comment, editor, createdOn, infoUrl }, i) => {
    writer.add('update', {
      id: ctx.next('update'),
      profile_image: `${MEDIA_HOST}/profile_images/${editor}_profile_20210817212020.png`,
      comment,
      info_url: infoUrl,
      created_by: editor,
      created_on: isoDateTime(createdOn),
      launch_id: about?.[1] ?? null,
      pos: about ? MAX_LAUNCH_UPDATES + i : null,
      event_id: null,
      program_id: null,
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
  });

  // public notices (maritime, airspace, hazard areas), newest first
  const notices: Array<[date: number, type: number]> = [];
  for (let i = 0, n = rng.int(4, 8); i < n; i++) notices.push([Math.floor((anchor + rng.float(-30, 20) * DAY) / MINUTE) * MINUTE, rng.int(1, NOTICE_TYPES.length)]);
  notices.sort((a, b) => b[0] - a[0]);
  notices.forEach(([date, type], i) => {
    const id = i + 1;
    writer.add('notice', { id, date: isoDateTime(date), url: `https://notices.example.org/starbase/${NOTICE_TYPES[type - 1].toLowerCase().replace(/ /g, '-')}-${id}.pdf`, type_id: type });
  });
}
