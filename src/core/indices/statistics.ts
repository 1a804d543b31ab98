/**
 * The sample statistics the pipeline relies on, over the non-missing values of a column.
 * Missing values are NaN throughout the engine, so that columns can live in Float64Arrays.
 */

export function presentValues(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) out.push(value);
  }
  return out;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Sample standard deviation (n − 1 in the denominator), as R's `sd`. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const m = mean(values);
  let sum = 0;
  for (const value of values) sum += (value - m) ** 2;
  return Math.sqrt(sum / (values.length - 1));
}

/** Sample variance (n − 1), as R's `var`. */
export function sampleVariance(values: ArrayLike<number>, count = values.length): number {
  if (count < 2) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i] as number;
  const m = sum / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += ((values[i] as number) - m) ** 2;
  return squares / (count - 1);
}

/**
 * Skewness and excess kurtosis with the estimators of the issue (e1071's type 2, Excel's
 * SKEW and KURT, COINr's `skew` and `kurt`): with d = x − mean,
 * skewness = sqrt(n)·Σd³/(Σd²)^1.5 · sqrt(n(n−1))/(n−2) and, with r = n·Σd⁴/(Σd²)²,
 * kurtosis = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)). NaN when n < 4 or the values are all equal.
 */
export function skewnessAndKurtosis(values: readonly number[]): {
  skewness: number;
  kurtosis: number;
} {
  const n = values.length;
  if (n < 4) return { skewness: Number.NaN, kurtosis: Number.NaN };
  const m = mean(values);
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (const value of values) {
    const d = value - m;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  if (s2 === 0) return { skewness: Number.NaN, kurtosis: Number.NaN };
  const skewness = ((Math.sqrt(n) * s3) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
  const r = (n * s4) / (s2 * s2);
  const kurtosis = (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return { skewness, kurtosis };
}

/** R's default quantile (type 7): linear interpolation between order statistics. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(n - 1, lower + 1);
  const a = sorted[lower] as number;
  return a + (h - lower) * ((sorted[upper] as number) - a);
}

/**
 * Ranks with ties taking the lowest shared rank (R's `ties.method = "min"`), NaN left
 * missing. `descending` ranks the highest value 1, as the published ranking does;
 * ascending ranks the lowest value 1, as the `rank` normalisation does.
 */
export function rankWithTies(values: ArrayLike<number>, descending: boolean): Float64Array {
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) order.push(i);
  order.sort((a, b) =>
    descending
      ? (values[b] as number) - (values[a] as number)
      : (values[a] as number) - (values[b] as number),
  );
  let rank = 0;
  for (let position = 0; position < order.length; position++) {
    const index = order[position] as number;
    if (position === 0 || values[index] !== values[order[position - 1] as number])
      rank = position + 1;
    ranks[index] = rank;
  }
  return ranks;
}
