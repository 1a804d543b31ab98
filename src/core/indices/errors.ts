/**
 * Bad input to the index engine: a message that names the file, the row (counted as in a
 * spreadsheet, the header being row 1) and the column at fault, so the CLI and the web
 * import can show it as is.
 */
export class IndexInputError extends Error {
  readonly source: string;
  readonly row: number | null;
  readonly column: string | null;

  constructor(
    location: { source: string; row?: number | null; column?: string | null },
    problem: string,
  ) {
    const where = [
      location.source,
      location.row != null ? `row ${location.row}` : null,
      location.column != null ? `column ${location.column}` : null,
    ].filter((part) => part !== null);
    super(`${where.join(", ")}: ${problem}`);
    this.name = "IndexInputError";
    this.source = location.source;
    this.row = location.row ?? null;
    this.column = location.column ?? null;
  }
}

/** A step that cannot be computed on these values (e.g. a geometric mean of a zero). */
export class IndexComputationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IndexComputationError";
  }
}

/** Thrown by `runUncertainty` when `shouldStop` answers true. */
export class IndexAnalysisCancelled extends Error {
  readonly runsDone: number;
  constructor(runsDone: number) {
    super(`uncertainty analysis cancelled after ${runsDone} runs`);
    this.name = "IndexAnalysisCancelled";
    this.runsDone = runsDone;
  }
}
