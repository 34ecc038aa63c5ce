import type { Catalog } from './catalog.ts';
import type { Images } from './images.ts';
import type { Rng } from './rng.ts';
import type { TableWriter } from './table-writer.ts';
import type { Agency, Config, Family, Pad, Port, Station } from './catalog.ts';
import type { MissionTemplate } from './missions-data.ts';
import type { Astronaut } from './people.ts';

/** Sequences of the tables written launch by launch (the catalog tables number themselves). */
export type IdKind =
  | 'landing'
  | 'firstStage'
  | 'launcher'
  | 'payloadFlight'
  | 'spacecraftFlight'
  | 'astronautFlight'
  | 'astronaut'
  | 'dockingEvent'
  | 'update'
  | 'infoUrl'
  | 'vidUrl'
  | 'timelineEvent'
  | 'socialMediaLink'
  | 'event'
  | 'expedition'
  | 'spacewalk';

/** What every part of the generator shares: where rows go, the catalog, the clock, the id sequences. */
export class GenContext {
  private readonly ids = new Map<IdKind, number>();
  /** Events gathered while the launches are written (events.ts's EventPlanner, set up by generateDataset). */
  events!: EventSink;
  /** Launches of the Starship family, [net, id]: its site news and the backstop that keeps its dashboard from being empty. */
  readonly starshipLaunches: Array<[net: number, id: string]> = [];

  constructor(
    readonly writer: TableWriter,
    readonly images: Images,
    readonly cat: Catalog,
    readonly anchor: number,
  ) {}

  next(kind: IdKind): number {
    const id = (this.ids.get(kind) ?? 0) + 1;
    this.ids.set(kind, id);
    return id;
  }
}

/** How a launch turned out at the anchor: what the rows written for it (landings, crews, boosters) follow. */
export type Outcome = 'success' | 'failure' | 'pending' | 'flying';

/** The facts about one launch that the parts writing its rocket, crew, payloads and extras need. */
export interface LaunchFacts {
  id: string;
  index: number;
  rocketId: number;
  missionId: number;
  name: string;
  missionName: string;
  slug: string;
  net: number;
  year: number;
  past: boolean;
  statusId: number;
  outcome: Outcome;
  family: Family;
  config: Config;
  pad: Pad;
  provider: Agency;
  orbit: string;
  suborbital: boolean;
  crewed: boolean;
  rng: Rng;
}

/**
 * What the launch, crew and station code tell the event planner, and what the dashboard asks it. Declared
 * here, not taken from events.ts, because events.ts needs the context's types: neither imports the other.
 */
export interface EventSink {
  fromLaunch(l: LaunchFacts, x: LaunchEventFacts): void;
  relocation(r: Relocation): void;
  /** The id of the spacewalk's event, or null when none is written for it. */
  spacewalk(w: SpacewalkFacts): number | null;
}

export interface LaunchEventFacts {
  template: MissionTemplate | null;
  programIds: number[];
  operator: Agency;
  flight: FlightSummary | null;
}

/** A docked vehicle moving from one port of a station to another. */
export interface Relocation {
  l: LaunchFacts;
  station: Station;
  from: Port;
  to: Port;
  at: number;
  vehicleName: string;
  missionName: string;
  crew: Astronaut[];
  programIds: number[];
}

export interface SpacewalkFacts {
  name: string;
  start: number;
  duration: number | null;
  crew: Astronaut[];
  stationId: number | null;
  programIds: number[];
  location: string;
  where: string;
}

/** What a spacecraft flight did, for the events drawn from it. */
export interface FlightSummary {
  flightId: number;
  vehicleName: string;
  configKey: string;
  crew: Astronaut[];
  crewed: boolean;
  station: Station | null;
  port: Port | null;
  /** Docking at the station (after the anchor for upcoming flights), null when it did not get there. */
  docking: number | null;
  departure: number | null;
  end: number;
  ended: boolean;
  landing: { attempt: boolean; at: string; kind: string };
  lunarLanding: number | null;
  programIds: number[];
}
