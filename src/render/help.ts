import { filterParams } from '../api/filters.ts';
import type { ResourceDecl } from '../api/resource.ts';
import type { HelpSection } from './browsable.ts';

/**
 * The help text LL2 shows above a browsable page (and in its OpenAPI descriptions), built from the
 * resource declaration so it always names exactly the filters, search fields and orderings served.
 */
export function helpSections(res: ResourceDecl): HelpSection[] {
  const base = `/${res.path.split('/')[0]}/`;
  const self = `/${res.path}/`;
  const sections: HelpSection[] = (res.help.intro ?? []).map((text) => ({ heading: '', text }));
  const modes = Object.keys(res.modes);
  const example = modes.find((m) => m !== res.defaultMode) ?? modes[0];
  if (modes.length > 1) {
    sections.push({
      heading: 'Modes',
      text: `Levels of detail in the response - ${modes.join(', ')}`,
      // LL2's example names the first mode that is not the default one
      example: { label: `${base}?mode=${example}`, href: `./?mode=${example}` },
    });
  }
  const names = filterNames(res);
  if (names.length) {
    const ex = res.help.filterExample;
    sections.push({ heading: 'Filters', text: `Parameters - ${names.join(', ')}`, example: ex ? { label: `${self}?${ex}`, href: `./?${ex}` } : undefined });
  }
  const search = Object.keys(res.search);
  if (search.length) {
    const ex = res.help.searchExample;
    sections.push({ heading: 'Search', text: `Fields searched - ${search.join(', ')}`, example: ex ? { label: `${base}?search=${ex}`, href: `./?search=${ex}` } : undefined });
  }
  const ordering = Object.keys(res.ordering);
  if (ordering.length) {
    const ex = res.help.orderingExample;
    sections.push({ heading: 'Ordering', text: `Fields - ${ordering.join(', ')}`, example: ex ? { label: `${base}?ordering=${ex}`, href: `./?ordering=${ex}` } : undefined });
  }
  sections.push(
    { heading: 'Number of results', text: 'Use limit to control the number of objects in the response (max 100)', example: { label: `${base}?limit=2`, href: './?limit=2' } },
    { heading: 'Format', text: 'Switch to JSON output', example: { label: `${base}?format=json`, href: './?format=json' } },
  );
  return sections;
}

/** Every filter parameter name, sorted as LL2 lists them. */
export function filterNames(res: ResourceDecl): string[] {
  return filterParams(res.filters).map((p) => p.param).sort();
}
