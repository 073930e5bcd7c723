import type { Section } from './schema.js';

/**
 * The anchor of each section, for `#id` deep links: the author's `id`, else the section's kind
 * (`#definitions`), made unique with `-2`, `-3`… Seed 003 publishes one section twice, so
 * duplicates are real and must not make a link open the wrong section.
 */
export function sectionAnchors(sections: readonly Pick<Section, 'id' | 'kind'>[]): string[] {
  const taken = new Set<string>();
  return sections.map((section) => {
    const wanted = section.id ?? section.kind;
    let anchor = wanted;
    for (let n = 2; taken.has(anchor); n++) anchor = `${wanted}-${n}`;
    taken.add(anchor);
    return anchor;
  });
}
