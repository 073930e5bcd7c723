/**
 * Parts of the element a statement may not need (English, JSON-LD, large-document parsing, …) are
 * modules of their own, fetched from beside the bundle when needed (vite.config.ts). A part that
 * cannot be fetched (the server lost the file, the connection dropped) must not break the
 * statement: the element goes on without it and says so in the console.
 */
export async function loadOnDemand<T>(what: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    console.warn(`<sla-statement> could not load its ${what} module; going on without it.`, error);
    return undefined;
  }
}

/**
 * A module most pages never need, shared by every element on the page: fetched the first time
 * one asks (`prepare`), once however many ask meanwhile, again after a failed fetch; `loaded`
 * once it has arrived.
 */
export class OnDemand<T> {
  loaded: T | undefined;
  readonly #what: string;
  readonly #load: () => Promise<T>;
  #fetching: Promise<T | undefined> | undefined;

  constructor(what: string, load: () => Promise<T>) {
    this.#what = what;
    this.#load = load;
  }

  /** Settles with the module once it is in use, or with undefined when it could not be fetched. */
  async prepare(): Promise<T | undefined> {
    if (this.loaded) return this.loaded;
    this.#fetching ??= loadOnDemand(this.#what, this.#load).then((module) => {
      this.#fetching = undefined;
      return (this.loaded = module);
    });
    return this.#fetching;
  }
}
