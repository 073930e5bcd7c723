/**
 * Puts the statement's JSON-LD into the host document's <head>, where crawlers look for it, and
 * takes it out again when the element leaves or shows another statement.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Statement } from '../format/schema.js';
import { cancelIdle, requestIdle } from './idle.js';
import { loadOnDemand } from './on-demand.js';

export class StructuredData implements ReactiveController {
  private script: HTMLScriptElement | undefined;
  private pending: number | undefined;
  /** Counts statements shown, so that a module arriving for an earlier one is not used for it. */
  private shown = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /**
   * Writes the JSON-LD when the browser is idle: it must never delay the statement itself, nor
   * its module the statement's first paint (fetched from beside the bundle on the first idle
   * turn). Making the text and putting it in the page are two idle turns, because Chromium reads
   * the page's JSON-LD again as soon as it changes, and each of the two takes 10-30 ms for a long
   * list.
   */
  show(statement: Statement | null): void {
    this.clear();
    const { shown } = this;
    if (!statement) return;
    this.pending = requestIdle(async () => {
      const jsonLd = await loadOnDemand('JSON-LD', () => import('../format/structured-data.js'));
      if (!jsonLd || shown !== this.shown) return;
      const text = trustedScript(JSON.stringify(jsonLd.statementJsonLd(statement, location.href.split('#')[0]!)));
      if (text === null) {
        this.pending = undefined;
        return;
      }
      this.pending = requestIdle(() => {
        this.pending = undefined;
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.dataset.slaStatement = '';
        script.textContent = text as string;
        document.head.append(script);
        this.script = script;
      });
    });
  }

  private clear(): void {
    this.shown++;
    if (this.pending !== undefined) cancelIdle(this.pending);
    this.pending = undefined;
    this.script?.remove();
    this.script = undefined;
  }
}

/**
 * Pages that enforce Trusted Types refuse any script text, even a JSON-LD data block, unless a
 * policy made it. The element asks for a policy named `sla-statement`; a page whose
 * `trusted-types` directive does not list it gets the statement without JSON-LD (README: CSP).
 */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): { createScript(text: string): unknown };
}
let policy: { createScript(text: string): unknown } | null | undefined;

function trustedScript(text: string): unknown {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return text;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('sla-statement', { createScript: (script) => script });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(text) : null;
}
