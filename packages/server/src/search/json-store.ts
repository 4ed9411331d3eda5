/**
 * Listings' JSON text packed into a few large Buffers outside the JavaScript heap: 100,000 listings
 * as strings would be hundreds of megabytes the garbage collector has to walk and move, which
 * stalls requests. An entry keeps only where its bytes are.
 */
export class JsonStore {
  static readonly CHUNK_BYTES = 32 * 1024 * 1024;
  readonly #chunks: Buffer[] = [];
  #current = Buffer.allocUnsafe(0);
  #used = 0;

  /** Stores a value's JSON and returns where it is. */
  add(value: unknown): { chunk: number; start: number; end: number } {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    if (this.#used + bytes.length > this.#current.length) {
      this.#current = Buffer.allocUnsafe(Math.max(JsonStore.CHUNK_BYTES, bytes.length));
      this.#chunks.push(this.#current);
      this.#used = 0;
    }
    bytes.copy(this.#current, this.#used);
    const place = { chunk: this.#chunks.length - 1, start: this.#used, end: this.#used + bytes.length };
    this.#used += bytes.length;
    return place;
  }

  /** The stored bytes, without copying them. */
  bytes(chunk: number, start: number, end: number): Buffer {
    return (this.#chunks[chunk] as Buffer).subarray(start, end);
  }
}
