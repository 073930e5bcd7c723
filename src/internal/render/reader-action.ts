/**
 * What a reader does to the statement, as render functions report it: they take plain data and
 * call nothing back. Each action is an event that bubbles from where the reader acted to the
 * element's shadow root, where the element hands it to the controller it concerns (README: Data
 * flow). Not composed: the page never sees these, only the public `sla-*` events.
 */
import type { ServiceColumn } from '../../services/service-catalog.js';

export type ReaderAction =
  | { type: 'print' }
  | { type: 'retry' }
  | { type: 'toggle-all' }
  | { type: 'toggle-section'; anchor: string }
  /** Find-in-page found text in a closed section (https://developer.mozilla.org/docs/Web/API/Element/beforematch_event). */
  | { type: 'section-found'; anchor: string }
  /** The reader came to the search box: its module is fetched now if it has not been yet. */
  | { type: 'search-focus' }
  | { type: 'search'; text: string }
  | { type: 'unit'; unit: string | null }
  | { type: 'sort'; column: ServiceColumn }
  | { type: 'page'; page: number }
  | { type: 'show-all'; all: boolean }
  /** Find-in-page found the service at this position among the matches, on a page not on screen. */
  | { type: 'service-found'; position: number };

export const READER_ACTION = 'sla-reader-action';

export class ReaderActionEvent extends Event {
  constructor(readonly action: ReaderAction) {
    super(READER_ACTION, { bubbles: true });
  }
}

/** An event listener that reports `action`, or the action read from the event, from where it happened. */
export function report(action: ReaderAction | ((event: Event) => ReaderAction)): (event: Event) => void {
  return (event) => {
    event.currentTarget!.dispatchEvent(new ReaderActionEvent(typeof action === 'function' ? action(event) : action));
  };
}
