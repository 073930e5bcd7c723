import { html, type TemplateResult } from 'lit';
import type { Section } from '../../format/schema.js';
import { labels } from '../messages.js';
import { renderBlock } from './blocks.js';
import { report } from './reader-action.js';

export interface SectionView {
  section: Section;
  anchor: string;
  open: boolean;
}

/**
 * One section as a disclosure: a real button inside the heading, with aria-expanded and
 * aria-controls, like the GOV.UK accordion (https://design-system.service.gov.uk/components/accordion/).
 * A closed panel is `hidden="until-found"`, not `display: none`, so Ctrl+F still reaches its text.
 */
export function renderSection({ section, anchor, open }: SectionView): TemplateResult {
  const title = section.title ?? labels().kinds[section.kind];
  return html`<section class="section" part="section" data-anchor=${anchor}>
    <h3 class="section-heading" part="section-heading">
      <button
        type="button"
        part="section-button"
        id=${`heading-${anchor}`}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`panel-${anchor}`}
        @click=${report({ type: 'toggle-section', anchor })}
      >
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
        <span class="section-title">${title}</span>
      </button>
    </h3>
    <div
      class="section-body"
      part="section-body"
      id=${`panel-${anchor}`}
      .hidden=${open ? false : 'until-found'}
      @beforematch=${report({ type: 'section-found', anchor })}
    >
      ${section.content.map(renderBlock)}
    </div>
  </section>`;
}
