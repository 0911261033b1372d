/** A list of distinct items in order of first use, each with its index: a styles list, the shared strings. */
export class Distinct {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: readonly string[] = []) {
    for (const item of initial) this.add(item);
  }

  /** The index of `item`, added at the end when new. */
  add(item: string): number {
    let found = this.index.get(item);
    if (found === undefined) {
      found = this.items.length;
      this.index.set(item, found);
      this.items.push(item);
    }
    return found;
  }
}
