import { resourceShapes200 } from '../v2.0.0/resources.ts';
import { shapes200 } from '../v2.0.0/shapes.ts';

/**
 * The 2.1.0 serializers (LL2, November 2020 to February 2021), derived from 2.0.0's with the
 * differences real 2.1.0 responses show (test/fixtures/real/2.1.0/, captured January-March 2021):
 *
 * - a launch's `status` carries `abbrev` and `description` (computed.ts), everything else of a
 *   launch is 2.0.0's (`launch_library_id`, `inhold`, `tbdtime`, `tbddate`, string image URLs);
 * - an event has a `slug` and its `program` list, `type` before `description`;
 * - the station nested in an expedition is the short one (no `founded`/`description`);
 * - an astronaut in a list shows its whole agency, dates, biography, social links and thumbnail;
 * - a launcher in a list shows its configuration and no landing counts;
 * - the 2.1.0 config lookups and the Starship dashboard (no `updates`, no `orbiters`: 2.2.0 added them).
 *
 * Where no 2.1.0 response is known (detailed launches, astronaut, station, spacecraft and flight
 * details), 2.1.0 keeps 2.0.0's shape: one rule, not a guess per field.
 */

/** 2.0.0 shapes 2.1.0 replaced: every 2.0.0 shape that nests one nests the 2.1.0 shape instead. */
const REPLACED: Record<string, string> = { Event200: 'Event210', Expedition200: 'Expedition210' };

const shapes2: Record<string, [entity: string, fields: string]> = { ...shapes200, ...resourceShapes200 };
const inherited = Object.fromEntries(
  Object.entries(shapes2)
    .filter(([name]) => !Object.hasOwn(REPLACED, name))
    .map(([name, [entity, fields]]) => [name, [entity, fields.replace(/:(\w+)/g, (m, s: string) => (Object.hasOwn(REPLACED, s) ? `:${REPLACED[s]}` : m))]] as const),
) as Record<string, [string, string]>;

/** What 2.1.0 added or changed, as the real 2.1.0 responses show it. */
const own210: Record<string, [entity: string, fields: string]> = {
  Event210: [
    'event',
    'id url slug name type:EventType200 description location news_url@ video_url@ feature_image@ date ' +
      'launches:LaunchNormal expeditions:Expedition210 spacestations:SpaceStation program:Program',
  ],
  Expedition210: ['expedition', 'id url name start end spacestation:SpaceStationForExpedition210'],
  ExpeditionDetailed210: ['expedition', 'id url name start end spacestation:SpaceStationForExpedition210 crew:AstronautFlight'],
  SpaceStationForExpedition210: ['space_station', 'id url name status:SpaceStationStatus orbit image_url@'],
  AstronautNormal210: [
    'astronaut',
    'id url name status:AstronautStatus type:AstronautType date_of_birth date_of_death nationality@ bio twitter@ instagram@ wiki ' +
      'agency:AgencyCommon profile_image@ profile_image_thumbnail@ last_flight first_flight',
  ],
  LauncherList210: [
    'launcher',
    'id url flight_proven serial_number status=status.name details launcher_config:LauncherConfigList image_url@ flights ' +
      'last_launch_date first_launch_date',
  ],

  // --- the config lookups 2.1.0 added (those 2.0.0 already nested keep its shape)
  AgencyType: ['agency_type', 'id name'],
  AstronautRole: ['astronaut_role', 'id role priority'],
  EventType: ['event_type', 'id name'],
  FirstStageType: ['first_stage_type', 'id name'],
  LaunchStatus: ['launch_status', 'id name abbrev description'],
  MissionType: ['mission_type', 'id name'],
  NoticeType: ['notice_type', 'id name'],
  RoadClosureStatus: ['road_closure_status', 'id name'],

  // --- the Starship dashboard, as 2.1.0 served it
  StarshipDashboard210: [
    'starship_dashboard',
    'upcoming:DashboardSection210 previous:DashboardSection210 live_streams:LiveStream210 road_closures:RoadClosure210 ' +
      'notices:Notice210 vehicles:LauncherList210',
  ],
  DashboardSection210: ['dashboard_section', 'launches:LaunchNormal events:Event210'],
  LiveStream210: ['vid_url', 'title description image=feature_image url'],
  RoadClosure210: ['road_closure', 'id title status:RoadClosureStatus window_start window_end'],
  Notice210: ['notice', 'id type:NoticeType date url'],
};

for (const name of Object.keys(own210)) if (Object.hasOwn(inherited, name)) throw new Error(`2.1.0 shape ${name} is also a 2.0.0 shape`);

export const shapes210: Record<string, [entity: string, fields: string]> = { ...inherited, ...own210 };
