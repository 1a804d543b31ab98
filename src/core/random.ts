/**
 * A small seeded pseudo-random generator (sfc32) for demo data, tests and benchmarks.
 * Never use it for secrets: it is predictable by design, so that the same seed always
 * yields the same sequence on every platform and Node version.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** k distinct elements (distinct by position), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  chance(probability: number): boolean;
  /** An RFC 4122 version-4-shaped UUID drawn from this generator. */
  uuid(): string;
}

const TWO_POW_32 = 0x1_0000_0000;

// murmur3's finalizer: spreads nearby seeds (1, 2, 3…) over the whole state space.
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Any safe integer is a valid seed and all of its bits count, so 53-bit seeds from
 * `deriveSeed` do not collide the way 32-bit ones would.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${seed}`);
  }
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  let a = mix32(low ^ 0x9e3779b9);
  let b = mix32(high ^ 0x243f6a88);
  let c = mix32(low + 0x7f4a7c15);
  let d = mix32(high + 0x6a09e667);

  function next32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // sfc32 needs a few rounds before a freshly seeded state looks random.
  for (let i = 0; i < 16; i++) next32();

  function next(): number {
    return next32() / TWO_POW_32;
  }

  function int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(${min}, ${max}) needs integers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick() from an empty list");
    return items[int(0, items.length - 1)] as T;
  }

  function sample<T>(items: readonly T[], k: number): T[] {
    if (!Number.isSafeInteger(k) || k < 0 || k > items.length) {
      throw new RangeError(`sample() of ${k} from ${items.length} items`);
    }
    const copy = items.slice();
    // Partial Fisher–Yates: only the first k positions need to be drawn.
    for (let i = 0; i < k; i++) {
      const j = int(i, copy.length - 1);
      const held = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy.slice(0, k);
  }

  function shuffle<T>(items: readonly T[]): T[] {
    return sample(items, items.length);
  }

  function chance(probability: number): boolean {
    return next() < probability;
  }

  function uuid(): string {
    const bytes: number[] = [];
    for (let word = 0; word < 4; word++) {
      const value = next32();
      bytes.push(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
    }
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      hex.slice(12, 16),
      hex.slice(16, 20),
      hex.slice(20, 32),
    ].join("-");
  }

  return { next, int, pick, shuffle, sample, chance, uuid };
}

/**
 * A 53-bit seed for an independent stream keyed by a label (cyrb53 over seed and label).
 * Lets a generator give each record its own stream, so adding one record does not
 * reshuffle the values of all records after it.
 */
export function deriveSeed(seed: number, label: string): number {
  const text = `${seed}\u0000${label}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return TWO_POW_32 * (0x1fffff & h2) + (h1 >>> 0);
}
