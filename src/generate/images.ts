import { IMAGE_LICENSE } from './lookup-tables.ts';
import type { Rng } from './rng.ts';
import type { TableWriter } from './table-writer.ts';
import { MEDIA_HOST, stamp, stem } from './text.ts';

export interface ImageOptions {
  credit?: string | null;
  license?: number;
  singleUse?: boolean;
  /** Media stamp time; images of historic objects are stamped when LL2 would have uploaded them. */
  at: number;
  /** Folder under /media (LL2 keeps agency logos, map images... apart). */
  folder?: string;
  ext?: 'jpeg' | 'jpg' | 'png';
}

/**
 * Hands out image ids and writes image rows (with a few size variants), so every object that shows an
 * `Image` gets a complete one: the 2.3.0 schema requires name, image_url, thumbnail_url and license.
 */
export class Images {
  private nextId = 1;
  private nextVariantId = 1;

  constructor(
    private readonly writer: TableWriter,
    private readonly rng: Rng,
  ) {}

  create(name: string, opts: ImageOptions): number {
    const id = this.nextId++;
    const folder = opts.folder ?? 'images';
    const ext = opts.ext ?? 'jpeg';
    const base = `${MEDIA_HOST}/${folder}/${stem(name)}_image_${stamp(opts.at)}`;
    this.writer.add('image', {
      id,
      name: name.slice(0, 255),
      image_url: `${base}.${ext}`,
      thumbnail_url: `${MEDIA_HOST}/${folder}/${stem(name)}_image_thumbnail_${stamp(opts.at)}.jpeg`,
      credit: opts.credit === undefined ? null : opts.credit,
      single_use: opts.singleUse ?? false,
      license_id: opts.license ?? IMAGE_LICENSE.unknown,
    });
    // a minority of images come with the resized variants LL2's media pipeline produces
    if (this.rng.chance(0.12)) {
      const types = this.rng.sample([1, 2, 3, 4], this.rng.int(1, 3)).sort();
      types.forEach((type, pos) => {
        this.writer.add('image_variant', {
          id: this.nextVariantId++,
          image_url: `${base}_${['thumb', 'mobile', 'desktop', 'social'][type - 1]}.${ext}`,
          type_id: type,
          image_id: id,
          pos,
        });
      });
    }
    return id;
  }
}
