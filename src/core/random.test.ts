import { describe, expect, it } from "vitest";
import { createRandom, deriveSeed } from "./random.ts";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function draw(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe("createRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    expect(draw(2026, 50)).toEqual(draw(2026, 50));
    const first = createRandom(7);
    const second = createRandom(7);
    expect([first.uuid(), first.int(1, 6), first.shuffle([1, 2, 3, 4, 5])]).toEqual([
      second.uuid(),
      second.int(1, 6),
      second.shuffle([1, 2, 3, 4, 5]),
    ]);
  });

  it("gives different sequences for different seeds, including seeds beyond 32 bits", () => {
    expect(draw(1, 5)).not.toEqual(draw(2, 5));
    expect(draw(0, 5)).not.toEqual(draw(2 ** 32, 5));
    expect(draw(-1, 5)).not.toEqual(draw(1, 5));
  });

  it("rejects seeds that are not safe integers", () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });

  it("keeps next() in [0, 1) and spreads it", () => {
    const values = draw(42, 10_000);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("keeps int() within its inclusive bounds and reaches both ends", () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const value = random.int(-2, 3);
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(-2);
      expect(value).toBeLessThanOrEqual(3);
      seen.add(value);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(random.int(5, 5)).toBe(5);
    expect(() => random.int(2, 1)).toThrow(RangeError);
  });

  it("picks only from the list and refuses an empty one", () => {
    const random = createRandom(4);
    const items = ["a", "b", "c"] as const;
    for (let i = 0; i < 100; i++) expect(items).toContain(random.pick(items));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it("shuffles a copy and samples distinct elements", () => {
    const random = createRandom(5);
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);

    const sampled = random.sample(items, 7);
    expect(sampled).toHaveLength(7);
    expect(new Set(sampled).size).toBe(7);
    expect(sampled.every((value) => items.includes(value))).toBe(true);
    expect(random.sample(items, 0)).toEqual([]);
    expect(() => random.sample(items, 21)).toThrow(RangeError);
  });

  it("honours chance() probabilities", () => {
    const random = createRandom(6);
    expect(Array.from({ length: 100 }, () => random.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => random.chance(1)).every(Boolean)).toBe(true);
    const hits = Array.from({ length: 10_000 }, () => random.chance(0.3)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(2_700);
    expect(hits).toBeLessThan(3_300);
  });

  it("draws v4-shaped, distinct, deterministic UUIDs", () => {
    const random = createRandom(8);
    const ids = Array.from({ length: 1_000 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createRandom(8).uuid()).toBe(ids[0]);
  });
});

describe("deriveSeed", () => {
  it("is stable, label-sensitive and seed-sensitive", () => {
    expect(deriveSeed(2026, "city:barcelona-es")).toBe(deriveSeed(2026, "city:barcelona-es"));
    expect(deriveSeed(2026, "city:barcelona-es")).not.toBe(deriveSeed(2026, "city:shanghai-cn"));
    expect(deriveSeed(2026, "city:barcelona-es")).not.toBe(deriveSeed(2027, "city:barcelona-es"));
  });

  it("returns safe integers usable as seeds", () => {
    for (const label of ["", "a", "organization:x", "é✓"]) {
      const seed = deriveSeed(1, label);
      expect(Number.isSafeInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(() => createRandom(seed)).not.toThrow();
    }
  });
});
