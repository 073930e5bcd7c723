/**
 * The entry that defines `<sla-statement>`. Guarded, because portals load the same script twice
 * (a theme and a page both include it, or the module and the classic build side by side), and a
 * second `customElements.define` of one name throws.
 */
import { SlaStatement } from './sla-statement.component.js';
import { upgradeLinks } from './internal/link-upgrade.js';

export { SlaStatement };
export type { SlaError, SlaErrorDetail, SlaLoadDetail, SlaState } from './sla-statement.component.js';
export type { Statement, Section, Block, ServiceItem } from './format/schema.js';
export type { Problem } from './format/problem.js';

// The script that defines the element also upgrades `#sla-statement` links, once per page.
if (!customElements.get('sla-statement')) {
  customElements.define('sla-statement', SlaStatement);
  upgradeLinks();
}

declare global {
  interface HTMLElementTagNameMap {
    'sla-statement': SlaStatement;
  }
  // On GlobalEventHandlersEventMap, so listeners on document and window are typed too (the events bubble and are composed).
  interface GlobalEventHandlersEventMap {
    'sla-load': CustomEvent<import('./sla-statement.component.js').SlaLoadDetail>;
    'sla-error': CustomEvent<import('./sla-statement.component.js').SlaErrorDetail>;
  }
}
