/** Text helpers: slugs and the absolute URLs the schemas require (`format: uri`). */

/** Host of every synthetic media file: a reserved documentation domain, so nothing real is implied. */
export const MEDIA_HOST = 'https://ll2-synthetic.example.com/media';

/** Django's slugify: lower case, ASCII letters, digits and dashes. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

/** A file-name stem for media URLs (slug with underscores, never empty). */
export function stem(s: string): string {
  return slugify(s).replace(/-/g, '_').slice(0, 40) || 'image';
}

export function wikiUrl(title: string | null | undefined): string | null {
  return title ? encodeURI(`https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`) : null;
}

export function mapUrl(lat: number, lon: number): string {
  return `https://www.google.com/maps?q=${lat},${lon}`;
}

/** 'YYYYMMDDHHMMSS', as LL2 stamps its media file names. */
export function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:T]/g, '');
}
