/**
 * Batching: what is asked for in the same task is sent together. The batch is
 * flushed in a macrotask, so that every element updating in this task (Lit
 * updates in microtasks) joins it.
 */
export class TaskBatch<T> {
  #pending?: { items: T[]; flushed: Promise<void> };

  constructor(private readonly flush: (items: T[]) => void) {}

  /** Adds `item` to this task's batch; resolves once the batch has been flushed. */
  add(item: T): Promise<void> {
    if (!this.#pending) {
      const items: T[] = [];
      const flushed = new Promise<void>((resolve) => {
        setTimeout(() => {
          this.#pending = undefined;
          this.flush(items);
          resolve();
        });
      });
      this.#pending = { items, flushed };
    }
    this.#pending.items.push(item);
    return this.#pending.flushed;
  }
}

/** `list` in runs of at most `size`, in order. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < list.length; i += size) runs.push(list.slice(i, i + size));
  return runs;
}
