/**
 * Pushed values read as an async iterator: the subscription callbacks push, the caller's
 * `for await` pulls. Values wait in order until read; `fail` ends the iteration with an error
 * (after the values already pushed), `end` ends it; leaving the loop (`return`) calls `onReturn`.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  readonly #values: T[] = [];
  readonly #readers: Array<{ resolve(result: IteratorResult<T>): void; reject(error: unknown): void }> = [];
  #done = false;
  #error: { error: unknown } | null = null;
  readonly #onReturn: () => void;

  constructor(onReturn: () => void) {
    this.#onReturn = onReturn;
  }

  get done(): boolean {
    return this.#done;
  }

  push(value: T): void {
    if (this.#done) return;
    const reader = this.#readers.shift();
    if (reader) reader.resolve({ value, done: false });
    else this.#values.push(value);
  }

  fail(error: unknown): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = { error };
    for (const reader of this.#readers.splice(0)) reader.reject(error);
  }

  end(): void {
    if (this.#done) return;
    this.#done = true;
    for (const reader of this.#readers.splice(0)) reader.resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#values.length) return Promise.resolve({ value: this.#values.shift() as T, done: false });
    if (this.#error) {
      const { error } = this.#error;
      this.#error = null; // thrown once; later calls see the end
      return Promise.reject(error);
    }
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.#readers.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    const wasDone = this.#done;
    this.end();
    this.#values.length = 0;
    if (!wasDone) this.#onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
