/** Prints rows as an aligned text table (numbers right-aligned). */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => {
        const width = widths[index] ?? 0;
        return /^-?[\d.,]+( ?[a-z%/]+)?$/i.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ");
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`${line(columns)}\n`);
  process.stdout.write(`${widths.map((width) => "-".repeat(width)).join("  ")}\n`);
  for (const row of rows)
    process.stdout.write(`${line(columns.map((c) => String(row[c] ?? "")))}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function latencySummary(samples: number[], totalSeconds: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    queries: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    max: sorted.at(-1) ?? Number.NaN,
    perSecond: sorted.length / totalSeconds,
  };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
