/**
 * A set of Unicode code points, one bit each: 136 KB whatever it holds. A
 * font's coverage is tens of thousands of code points (a CJK font maps some
 * 45,000), which as a Set<number> take megabytes and their hashing time, in
 * every check and build.
 */
const LIMIT = 0x110000;

export class CodePoints {
  private readonly bits = new Uint8Array(LIMIT >> 3);

  has(codePoint: number): boolean {
    return codePoint >= 0 && codePoint < LIMIT && (this.bits[codePoint >> 3]! & (1 << (codePoint & 7))) !== 0;
  }

  add(codePoint: number): this {
    if (codePoint >= 0 && codePoint < LIMIT) this.bits[codePoint >> 3]! |= 1 << (codePoint & 7);
    return this;
  }

  /** Whether both hold the same code points. */
  equals(other: CodePoints): boolean {
    return Buffer.compare(this.bits, other.bits) === 0;
  }

  /** Adds every code point of `other`. */
  addAll(other: CodePoints): this {
    for (let i = 0; i < this.bits.length; i++) this.bits[i]! |= other.bits[i]!;
    return this;
  }
}
