/**
 * Where the statement comes from, and the state of getting it: a reactive controller that exposes
 * `state` and asks its host to update when it changes. It tells nobody else: the element derives
 * what follows from a new state in its own update (README: Data flow).
 *
 * Sources, first found wins: the `data` property, the `src` URL, a child
 * `<script type="application/json">` (what a CMS editor pastes). Every load gets a new ticket;
 * a result is kept only if its ticket is still current, so a slow response overtaken by a new
 * `src`, or one that lands after the element left the page, never renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseStatementJson, SLICED_FROM_LENGTH, type ParseFailure, type ParseResult } from '../format/parse-json.js';
import type { Problem } from '../format/problem.js';
import type { Statement } from '../format/schema.js';
import { validateStatementInSlices } from '../format/validate.js';
import type { LoadFailure } from './load-failure.js';
import { prepareLocaleData } from './locale-data.js';
import { problemReport } from './messages.js';
import { loadOnDemand, OnDemand } from './on-demand.js';
import { namesView, urlView } from './page-url.js';
import { ONE_PAGE_UP_TO, paging } from './paging.js';
import { yieldToMain } from './yield-to-main.js';

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; statement: Statement; problems: Problem[] }
  | { status: 'failed'; failure: LoadFailure; problems: Problem[] };

export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  data: unknown;
  /** Milliseconds before a request that has not answered is given up. */
  timeout: number;
}

const INLINE_JSON = ':scope > script[type="application/json"]';

/** A body this long is decoded at once, in a couple of milliseconds; a longer one in slices. */
const DECODE_AT_ONCE_BYTES = 256 * 1024;

/** Decoding and parsing a large file in slices (large-document.ts): most statements are small. */
const largeDocument = new OnDemand('large-document', () => import('./large-document.js'));

export class StatementLoader implements ReactiveController {
  state: LoadState = { status: 'loading' };
  #ticket = 0;
  /** The inputs the current state was loaded from, to tell a real change from a re-render. */
  #loadedFrom: { src: string | undefined; data: unknown } | undefined;
  #request: AbortController | undefined;
  readonly #childObserver = new MutationObserver(() => this.#onChildrenChanged());
  readonly #host: LoaderHost;

  constructor(host: LoaderHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // The parser may connect the element before its inline script child has arrived, and a CMS
    // editor may replace it later: watch the children instead of reading them once.
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (this.state.status === 'loading') this.load();
  }

  /**
   * Loads again if `src` or `data` changed since the last load. Called by the element at the start
   * of its update, so what it derives in that update is of the state this leaves.
   */
  follow(): void {
    const { src, data } = this.#host;
    if (this.#loadedFrom && (this.#loadedFrom.src !== src || this.#loadedFrom.data !== data)) this.load();
  }

  hostDisconnected(): void {
    this.#childObserver.disconnect();
    // Leaving mid-load is not an error: drop the request silently and start again on return.
    if (this.state.status === 'loading') this.#cancel();
  }

  /**
   * (Re)loads from the current source. A retry bypasses the HTTP cache: a proxy or CDN may have
   * kept the very error page the reader is retrying past.
   */
  load({ retry = false } = {}): void {
    this.#cancel();
    const ticket = ++this.#ticket;
    this.state = { status: 'loading' };
    this.#host.requestUpdate();
    const { data, src } = this.#host;
    this.#loadedFrom = { src, data };
    void prepareLocaleData();
    if (data !== undefined && data !== null) void this.#accept(ticket, data);
    else if (src) void this.#fetch(ticket, src, retry ? 'reload' : 'default');
    else this.#readInline(ticket);
  }

  #cancel(): void {
    this.#ticket++;
    this.#request?.abort();
    this.#request = undefined;
  }

  #onChildrenChanged(): void {
    const { data, src } = this.#host;
    if ((data === undefined || data === null) && !src) this.load();
  }

  #readInline(ticket: number): void {
    const script = this.#host.querySelector(INLINE_JSON);
    if (!script) {
      // While the parser is still inside the element, its script may be yet to come.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => ticket === this.#ticket && this.load(), { once: true });
        return;
      }
      void this.#fail(ticket, { kind: 'no-source' });
      return;
    }
    void this.#acceptText(ticket, script.textContent ?? '');
  }

  async #fetch(ticket: number, src: string, cache: RequestCache): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    const url = new URL(src, document.baseURI).href;
    const seconds = Math.round(this.#host.timeout / 1000);
    const timer = setTimeout(() => request.abort('timeout'), this.#host.timeout);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { signal: request.signal, cache, headers: { Accept: 'application/json' } });
      text = await readBody(response);
    } catch {
      const failure: LoadFailure = request.signal.reason === 'timeout'
        ? { kind: 'timeout', url: src, seconds }
        : { kind: 'network', url: src };
      this.#settle(ticket, { status: 'failed', failure, problems: [] });
      return;
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      this.#settle(ticket, { status: 'failed', failure: { kind: 'http', status: response.status, url: src }, problems: [] });
      return;
    }
    await this.#acceptText(ticket, text);
  }

  async #acceptText(ticket: number, text: string): Promise<void> {
    const parsed = text.length < SLICED_FROM_LENGTH ? parseStatementJson(text) : await parseLargeText(text);
    if (parsed.ok) await this.#accept(ticket, parsed.value);
    else await this.#fail(ticket, locateSyntaxError(parsed.failure, text));
  }

  async #accept(ticket: number, value: unknown): Promise<void> {
    // A table of pages needs its module, and a URL that names a view of the table the module that
    // reads it: fetched while the statement is checked.
    const pages = serviceCount(value) > ONE_PAGE_UP_TO ? paging.prepare() : undefined;
    const view = namesView() ? urlView.prepare() : undefined;
    // Checking dates and rendering need the ICU data; loading it here would be a long task.
    await prepareLocaleData();
    const { statement, problems } = await validateStatementInSlices(value, yieldToMain);
    if (problems.length > 0) await problemReport.prepare();
    await Promise.all([pages, view]);
    // Rendering gets a task of its own, apart from parsing and checking.
    if (statement) await yieldToMain();
    this.#settle(
      ticket,
      statement
        ? { status: 'ready', statement, problems }
        : { status: 'failed', failure: { kind: 'invalid', problems }, problems },
    );
  }

  /** A file that cannot be shown (or no file): the words for it are fetched first, beside the failure's own lookups (messages.ts). */
  async #fail(ticket: number, failure: LoadFailure | Promise<LoadFailure>): Promise<void> {
    const [found] = await Promise.all([failure, problemReport.prepare()]);
    this.#settle(ticket, { status: 'failed', failure: found, problems: [] });
  }

  #settle(ticket: number, state: Exclude<LoadState, { status: 'loading' }>): void {
    if (ticket !== this.#ticket) return;
    this.#request = undefined;
    this.state = state;
    this.#host.requestUpdate();
  }
}

/** How many services a statement not yet checked lists, to fetch what showing them needs early. */
function serviceCount(value: unknown): number {
  const items = (value as { services?: { items?: unknown } } | null)?.services?.items;
  return Array.isArray(items) ? items.length : 0;
}

/**
 * The body's bytes, collected by the browser away from the main thread, then decoded: at once
 * when small; when large, in slices by the large-document module (without it, at once).
 */
async function readBody(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const large = bytes.length < DECODE_AT_ONCE_BYTES ? undefined : await largeDocument.prepare();
  return large ? large.decodeInSlices(bytes, yieldToMain) : new TextDecoder().decode(bytes);
}

/** A large text is parsed in slices by the large-document module; without it, at once. */
async function parseLargeText(text: string): Promise<ParseResult> {
  const large = await largeDocument.prepare();
  return large ? large.parseStatementJsonInSlices(text, yieldToMain) : parseStatementJson(text);
}

/**
 * Where a broken file breaks, found by a scanner fetched only for a broken file; without it, the
 * failure still says what the browser's parser said.
 */
async function locateSyntaxError(failure: ParseFailure, text: string): Promise<ParseFailure> {
  if (failure.kind !== 'syntax' || failure.line !== undefined) return failure;
  const syntax = await loadOnDemand('JSON syntax', () => import('../format/json-syntax.js'));
  const located = syntax && parseStatementJson(text, syntax.jsonErrorOffset);
  return located && !located.ok ? located.failure : failure;
}
