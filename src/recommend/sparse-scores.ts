/**
 * A score per article (or per feature) that remembers which entries a
 * request touched, so that the request resets only those: zeroing 100,000
 * floats per request would cost more than the request itself.
 */
export class SparseScores {
  readonly values: Float32Array
  readonly #marked: Uint8Array
  readonly #touched: Int32Array
  #size = 0

  constructor(capacity: number) {
    this.values = new Float32Array(capacity)
    this.#marked = new Uint8Array(capacity)
    this.#touched = new Int32Array(capacity)
  }

  get size(): number {
    return this.#size
  }

  /** The touched entries, in the order first touched. */
  touched(): Int32Array {
    return this.#touched.subarray(0, this.#size)
  }

  has(index: number): boolean {
    return this.#marked[index] === 1
  }

  add(index: number, amount: number): void {
    this.#mark(index)
    this.values[index]! += amount
  }

  set(index: number, value: number): void {
    this.#mark(index)
    this.values[index] = value
  }

  get(index: number): number {
    return this.values[index]!
  }

  clear(): void {
    for (let k = 0; k < this.#size; k++) {
      const index = this.#touched[k]!
      this.values[index] = 0
      this.#marked[index] = 0
    }
    this.#size = 0
  }

  #mark(index: number): void {
    if (this.#marked[index] === 1) return
    this.#marked[index] = 1
    this.#touched[this.#size++] = index
  }
}
