/**
 * How much of the first statement is laid out yet. The element's first statement is laid out over
 * three frames: the header and sections, then the services' tools and table head, then the rows.
 * Nothing is warm then (templates, fonts, line breaking), laying out fresh Persian text is the
 * dearest part of it, and all of it in one frame made a long task (over 50 ms on the benchmark's
 * machine, bench/README.md). Until the last stage the statement is laid out hidden, with the
 * fallback or the placeholder still in view, and then shown whole. A statement that replaces
 * another is shown at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './yield-to-main.js';

export type PaintStage = 'sections' | 'services' | 'rows';

const NEXT: Record<PaintStage, PaintStage | undefined> = { sections: 'services', services: 'rows', rows: undefined };

export class StagedPaint implements ReactiveController {
  /** Undefined until the first statement is ready; 'rows' once it is shown whole. */
  stage: PaintStage | undefined;
  /** Settles once the last stage is asked for (the host's next update renders it); undefined after. */
  painting: Promise<void> | undefined;
  #finish: (() => void) | undefined;
  /** A stage was rendered and waits for its frame to be painted. */
  #waiting = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** A statement is ready: the first starts the stages; a later one finds them done. */
  begin(): void {
    if (this.stage !== undefined) return;
    this.stage = 'sections';
    this.painting = new Promise((resolve) => (this.#finish = resolve));
  }

  /** Whether the statement is shown whole: its last stage is rendered. */
  get shown(): boolean {
    return this.stage === 'rows';
  }

  /** A stage is rendered: the next one once this frame is painted. */
  hostUpdated(): void {
    const next = this.stage && NEXT[this.stage];
    if (!next || this.#waiting) return;
    this.#waiting = true;
    void afterNextPaint().then(() => {
      this.#waiting = false;
      this.stage = next;
      this.#host.requestUpdate();
      if (next === 'rows') {
        this.painting = undefined;
        this.#finish?.();
      }
    });
  }
}
