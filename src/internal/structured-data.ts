/**
 * Puts the statement's JSON-LD into the host document's <head>, where crawlers look for it, and
 * takes it out again when the element leaves or shows another statement.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Statement } from '../format/schema.js';
import { cancelIdle, requestIdle } from './idle.js';
import type { JsonLdScript } from './json-ld-script.js';
import { loadOnDemand } from './on-demand.js';

export class StructuredData implements ReactiveController {
  #script: JsonLdScript | undefined;
  #pending: number | undefined;
  /** Counts statements shown, so that a module arriving for an earlier one is not used for it. */
  #shown = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#clear();
  }

  /**
   * Writes the JSON-LD when the browser is idle (json-ld-script.ts): it must never delay the
   * statement itself, nor its module the statement's first paint (fetched from beside the bundle
   * on the first idle turn).
   */
  show(statement: Statement | null): void {
    this.#clear();
    const shown = this.#shown;
    if (!statement) return;
    this.#pending = requestIdle(async () => {
      this.#pending = undefined;
      const jsonLd = await loadOnDemand('JSON-LD', () => import('./json-ld-script.js'));
      if (jsonLd && shown === this.#shown) this.#script = jsonLd.writeJsonLd(statement);
    });
  }

  #clear(): void {
    this.#shown++;
    if (this.#pending !== undefined) cancelIdle(this.#pending);
    this.#pending = undefined;
    this.#script?.remove();
    this.#script = undefined;
  }
}
