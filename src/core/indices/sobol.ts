/**
 * Variance-based sensitivity analysis on a Saltelli design of N·(k+2) runs, as COINr's
 * `SA_sample`/`SA_estimate` (after Saltelli et al., Global Sensitivity Analysis: The
 * Primer, and Saltelli 2010): runs 0…N−1 are the rows of A, N…2N−1 the rows of B, then
 * for each input group i the N rows of A with group i's columns taken from B (AB_i).
 * First order S_i = mean(y_B·(y_ABi − y_A))/V (Saltelli 2010), total effect
 * ST_i = Σ(y_A − y_ABi)²/(2N·V) (Jansen), V the sample variance of y_A and y_B together.
 * An input may be a group of several columns (all the weights together): swapping the
 * whole group gives the group's indices.
 */
import type { Random } from "../random.ts";
import { quantileSorted, sampleVariance } from "./statistics.ts";

export interface SaltelliDesign {
  baseSamples: number;
  /** Columns per input group. */
  groupSizes: number[];
  /** First column of each group. */
  groupStarts: number[];
  columns: number;
  a: Float64Array;
  b: Float64Array;
  runs: number;
}

export function createSaltelliDesign(
  baseSamples: number,
  groupSizes: readonly number[],
  random: Random,
): SaltelliDesign {
  const columns = groupSizes.reduce((sum, size) => sum + size, 0);
  const groupStarts: number[] = [];
  let start = 0;
  for (const size of groupSizes) {
    groupStarts.push(start);
    start += size;
  }
  const a = new Float64Array(baseSamples * columns);
  const b = new Float64Array(baseSamples * columns);
  for (let i = 0; i < a.length; i++) a[i] = random.next();
  for (let i = 0; i < b.length; i++) b[i] = random.next();
  return {
    baseSamples,
    groupSizes: [...groupSizes],
    groupStarts,
    columns,
    a,
    b,
    runs: baseSamples * (groupSizes.length + 2),
  };
}

/** The input point (uniforms in [0, 1)) of one run of the design. */
export function designPoint(design: SaltelliDesign, run: number): Float64Array {
  const { baseSamples: n, columns } = design;
  if (run < n) return design.a.slice(run * columns, (run + 1) * columns);
  if (run < 2 * n) return design.b.slice((run - n) * columns, (run - n + 1) * columns);
  const group = Math.floor((run - 2 * n) / n);
  const row = (run - 2 * n) % n;
  const point = design.a.slice(row * columns, (row + 1) * columns);
  const from = design.groupStarts[group] as number;
  const to = from + (design.groupSizes[group] as number);
  for (let c = from; c < to; c++) point[c] = design.b[row * columns + c] as number;
  return point;
}

export interface SobolIndex {
  firstOrder: number | null;
  totalEffect: number | null;
  /** 5 % and 95 % quantiles of the bootstrap (null without bootstrap). */
  firstOrderQ5: number | null;
  firstOrderQ95: number | null;
  totalEffectQ5: number | null;
  totalEffectQ95: number | null;
}

function indicesOn(
  y: Float64Array,
  n: number,
  groups: number,
  rows: ArrayLike<number>,
  scratch: Float64Array,
): { variance: number; first: number[]; total: number[] } {
  for (let j = 0; j < n; j++) {
    const row = rows[j] as number;
    scratch[j] = y[row] as number;
    scratch[n + j] = y[n + row] as number;
  }
  const variance = sampleVariance(scratch, 2 * n);
  const first: number[] = [];
  const total: number[] = [];
  for (let g = 0; g < groups; g++) {
    let firstSum = 0;
    let totalSum = 0;
    const offset = (2 + g) * n;
    for (let j = 0; j < n; j++) {
      const row = rows[j] as number;
      const ya = y[row] as number;
      const yb = y[n + row] as number;
      const yab = y[offset + row] as number;
      firstSum += yb * (yab - ya);
      totalSum += (ya - yab) ** 2;
    }
    first.push(firstSum / n / variance);
    total.push(totalSum / (2 * n * variance));
  }
  return { variance, first, total };
}

/**
 * Sobol' indices from the outputs of every run of a design (in design order), with
 * bootstrap percentile intervals: rows of the design resampled with replacement,
 * the variance re-estimated on each resample. Null when the output does not vary.
 */
export function estimateSobol(
  outputs: Float64Array,
  baseSamples: number,
  groups: number,
  bootstrap: number,
  random: Random,
): { variance: number; indices: SobolIndex[] } {
  const n = baseSamples;
  const scratch = new Float64Array(2 * n);
  const identity = Uint32Array.from({ length: n }, (_, j) => j);
  const nominal = indicesOn(outputs, n, groups, identity, scratch);
  const finite = (value: number) => (Number.isFinite(value) ? value : null);
  if (!(nominal.variance > 0))
    return {
      variance: nominal.variance,
      indices: Array.from({ length: groups }, () => ({
        firstOrder: null,
        totalEffect: null,
        firstOrderQ5: null,
        firstOrderQ95: null,
        totalEffectQ5: null,
        totalEffectQ95: null,
      })),
    };
  const firstBoot = Array.from({ length: groups }, () => new Float64Array(bootstrap));
  const totalBoot = Array.from({ length: groups }, () => new Float64Array(bootstrap));
  const rows = new Uint32Array(n);
  for (let b = 0; b < bootstrap; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(random.next() * n);
    const sample = indicesOn(outputs, n, groups, rows, scratch);
    for (let g = 0; g < groups; g++) {
      (firstBoot[g] as Float64Array)[b] = sample.first[g] as number;
      (totalBoot[g] as Float64Array)[b] = sample.total[g] as number;
    }
  }
  const interval = (values: Float64Array) => {
    const sorted = values.filter(Number.isFinite).sort();
    return sorted.length === 0
      ? [null, null]
      : [quantileSorted(sorted, 0.05), quantileSorted(sorted, 0.95)];
  };
  return {
    variance: nominal.variance,
    indices: Array.from({ length: groups }, (_, g) => {
      const [fq5, fq95] = bootstrap > 0 ? interval(firstBoot[g] as Float64Array) : [null, null];
      const [tq5, tq95] = bootstrap > 0 ? interval(totalBoot[g] as Float64Array) : [null, null];
      return {
        firstOrder: finite(nominal.first[g] as number),
        totalEffect: finite(nominal.total[g] as number),
        firstOrderQ5: fq5 ?? null,
        firstOrderQ95: fq95 ?? null,
        totalEffectQ5: tq5 ?? null,
        totalEffectQ95: tq95 ?? null,
      };
    }),
  };
}
