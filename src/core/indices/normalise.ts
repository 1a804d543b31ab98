/**
 * Normalisation of one indicator after multiplying it by its direction, so that higher is
 * better on every normalised scale. Conventions follow COINr's `n_*` functions:
 * - minmax: (x − min)/(max − min) mapped onto `range`;
 * - zscore: (x − mean)/sd·sd' + mean', sd the sample standard deviation;
 * - rank: ascending rank, ties taking the lowest shared rank (`n_rank`), so the best is n;
 * - percentile-rank: (rank − 1)/(n − 1) in [0, 1] (`n_prank`);
 * - goalposts: (x − worst)/(best − worst) truncated to [0, 1] (`n_goalposts`), mapped
 *   onto `range` (× 100 by default).
 * A column whose values are all equal has no spread: minmax and zscore leave it missing
 * (COINr gives NaN), and the aggregation then skips it.
 */
import type { NormaliseSettings } from "./config.ts";
import { mean, presentValues, rankWithTies, sampleSd } from "./statistics.ts";

export function normaliseIndicator(
  values: Float64Array,
  direction: 1 | -1,
  settings: NormaliseSettings,
  /** goalposts only: [worst, best] on the scale of `values` (before direction). */
  goalposts: readonly [number, number] | null = null,
): Float64Array {
  const x = values.map((value) => value * direction);
  const present = presentValues(x);
  const [lower, upper] = settings.range;
  switch (settings.method) {
    case "minmax": {
      let min = Infinity;
      let max = -Infinity;
      for (const value of present) {
        if (value < min) min = value;
        if (value > max) max = value;
      }
      const spread = max - min;
      return x.map((value) =>
        spread > 0 ? ((value - min) / spread) * (upper - lower) + lower : Number.NaN,
      );
    }
    case "zscore": {
      const m = mean(present);
      const sd = sampleSd(present);
      return x.map((value) =>
        sd > 0 ? ((value - m) / sd) * settings.sd + settings.mean : Number.NaN,
      );
    }
    case "rank":
      return rankWithTies(x, false);
    case "percentile-rank": {
      const ranks = rankWithTies(x, false);
      const n = present.length;
      return ranks.map((rank) => (n > 1 ? (rank - 1) / (n - 1) : Number.NaN));
    }
    case "goalposts": {
      if (!goalposts) throw new Error("goalposts normalisation needs goalposts");
      const worst = goalposts[0] * direction;
      const best = goalposts[1] * direction;
      return x.map((value) => {
        const share = Math.min(1, Math.max(0, (value - worst) / (best - worst)));
        return share * (upper - lower) + lower;
      });
    }
  }
}
