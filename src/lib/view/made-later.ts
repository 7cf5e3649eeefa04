/**
 * A value of a view model that is costly to make and made from a few inputs (an article's
 * body as HTML, from its markdown and the quotes it marks). A page's view model is made
 * twice in a build, once for its cache key and once as the page renders, and a rebuild makes
 * every page's for its key: the value is made only when a page reads it, once, and a cache
 * key digests its inputs instead (`toJSON`, which `JSON.stringify` calls). The same inputs
 * make the same value with the same code, and Astro's hash of the route's code sees the code.
 */
export class MadeLater<T> {
  #made: { readonly value: T } | undefined;

  constructor(
    readonly inputs: unknown,
    private readonly make: () => T,
  ) {}

  get value(): T {
    return (this.#made ??= { value: this.make() }).value;
  }

  /** What a cache key digests: the inputs, never the value. */
  toJSON(): unknown {
    return { madeFrom: this.inputs };
  }
}
