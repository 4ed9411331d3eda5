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
    const json = JSON.stringify(value);
    const length = Buffer.byteLength(json, 'utf8');
    if (this.#used + length > this.#current.length) {
      this.#current = Buffer.allocUnsafe(Math.max(JsonStore.CHUNK_BYTES, length));
      this.#chunks.push(this.#current);
      this.#used = 0;
    }
    // Encoded straight into the chunk: no intermediate Buffer per listing.
    this.#current.write(json, this.#used, 'utf8');
    const place = { chunk: this.#chunks.length - 1, start: this.#used, end: this.#used + length };
    this.#used += length;
    return place;
  }

  /** The stored bytes, without copying them. */
  bytes(chunk: number, start: number, end: number): Buffer {
    return (this.#chunks[chunk] as Buffer).subarray(start, end);
  }
}
