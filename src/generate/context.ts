import type { Catalog } from './catalog.ts';
import type { Images } from './images.ts';
import type { Outcome } from './tallies.ts';
import type { Rng } from './rng.ts';
import type { TableWriter } from './table-writer.ts';
import type { Agency, Config, Family, Pad } from './catalog.ts';
import type { EventPlanner } from './events.ts';

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
  /** Events gathered while the launches are written (set up by generateDataset). */
  events!: EventPlanner;
  /** Updates of the Starship family's launches and events, [created_on, id], for its dashboard. */
  readonly starshipUpdates: Array<[createdOn: number, id: number]> = [];
  /** Launches of the Starship family, [net, id], for its dashboard. */
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
