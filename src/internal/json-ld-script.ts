/**
 * The statement's JSON-LD as a script in the host document's <head>, where crawlers look for it:
 * a module fetched when the browser is idle after a statement is shown (structured-data.ts),
 * with the format's JSON-LD (src/format/structured-data.ts).
 */
import type { Statement } from '../format/schema.js';
import { statementJsonLd } from '../format/structured-data.js';
import { cancelIdle, requestIdle } from './idle.js';

/** A JSON-LD script written, or about to be: `remove()` takes it out, or stops it coming. */
export interface JsonLdScript {
  remove(): void;
}

/**
 * Makes the text now and puts it in the page at the next idle turn: two turns, because Chromium
 * reads the page's JSON-LD again as soon as it changes, and each of the two takes 10-30 ms for a
 * long list. Nothing is written where Trusted Types refuse it.
 */
export function writeJsonLd(statement: Statement): JsonLdScript {
  const text = trustedScript(JSON.stringify(statementJsonLd(statement, location.href.split('#')[0]!)));
  let script: HTMLScriptElement | undefined;
  const pending = text === null ? undefined : requestIdle(() => {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.slaStatement = '';
    script.textContent = text as string;
    document.head.append(script);
  });
  return {
    remove() {
      if (pending !== undefined) cancelIdle(pending);
      script?.remove();
    },
  };
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
