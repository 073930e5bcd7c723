/**
 * Undo and redo over whole editor states (the states share what did not change, so keeping a
 * few hundred costs little). Typing is one step, not one per key: changes to the same field
 * that follow each other within `mergeMs` replace the last step instead of adding one.
 */
export interface HistoryOptions {
  /** Steps kept; the oldest are dropped past it. */
  limit?: number;
  /** Changes of one field closer than this make one step. */
  mergeMs?: number;
}

export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastGroup: string | undefined;
  private lastTime = Number.NEGATIVE_INFINITY;
  private readonly limit: number;
  private readonly mergeMs: number;

  constructor(
    private present: T,
    options: HistoryOptions = {},
  ) {
    this.limit = options.limit ?? 300;
    this.mergeMs = options.mergeMs ?? 1000;
  }

  get current(): T {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /**
   * A new state. `group` names the field changed (its path): a change of the same group soon
   * after the last one is merged into its step. Any new step clears what could be redone.
   */
  record(next: T, group?: string, now = Date.now()): void {
    const merge = group !== undefined && group === this.lastGroup && now - this.lastTime < this.mergeMs && this.past.length > 0;
    if (!merge) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.lastGroup = group;
    this.lastTime = now;
  }

  undo(): T | undefined {
    return this.step(this.past, this.future);
  }

  redo(): T | undefined {
    return this.step(this.future, this.past);
  }

  /** Takes the state on top of `from`, leaving the present on `to`; the next change is a step of its own. */
  private step(from: T[], to: T[]): T | undefined {
    const state = from.pop();
    if (state === undefined) return undefined;
    to.push(this.present);
    this.present = state;
    this.lastGroup = undefined;
    return state;
  }
}
