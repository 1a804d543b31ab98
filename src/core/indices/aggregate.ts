/**
 * Aggregation of children into their parent, per unit over the children with a value:
 * the weights of those children are rescaled to sum to 1 (COINr's `a_amean`, `a_gmean`,
 * `a_hmean`). A unit with no child value, or whose present children all weigh 0, has no
 * value for the parent. Geometric and harmonic means refuse values ≤ 0.
 */
import type { AggregateMethod } from "./config.ts";
import { IndexComputationError } from "./errors.ts";

export function aggregateChildren(
  children: readonly Float64Array[],
  weights: readonly number[],
  method: AggregateMethod,
  nameOf: (child: number, unit: number) => string = (child, unit) =>
    `child ${child + 1} of unit ${unit + 1}`,
): Float64Array {
  const units = children[0]?.length ?? 0;
  const out = new Float64Array(units);
  for (let unit = 0; unit < units; unit++) {
    let weightSum = 0;
    let sum = 0;
    for (let c = 0; c < children.length; c++) {
      const value = (children[c] as Float64Array)[unit] as number;
      if (Number.isNaN(value)) continue;
      const weight = weights[c] as number;
      if (method !== "arithmetic" && value <= 0)
        throw new IndexComputationError(
          `${method} mean needs positive values, but ${nameOf(c, unit)} is ${value}: normalise onto a range above 0 (e.g. minmax with "range": [1, 100]) or aggregate with the arithmetic mean`,
        );
      weightSum += weight;
      if (method === "arithmetic") sum += weight * value;
      else if (method === "geometric") sum += weight * Math.log(value);
      else sum += weight / value;
    }
    if (weightSum === 0) out[unit] = Number.NaN;
    else if (method === "arithmetic") out[unit] = sum / weightSum;
    else if (method === "geometric") out[unit] = Math.exp(sum / weightSum);
    else out[unit] = weightSum / sum;
  }
  return out;
}
