/**
 * The framework of an index: indicators (level 1) under aggregates at any number of
 * levels up to one index at the top, each node with a weight, plus the group and
 * denominator columns the data may carry. Read from the rows of `meta.csv` or built from
 * entries (the database), and validated the same way: every problem names its row and
 * column.
 */
import type { CsvTable } from "./csv.ts";
import { IndexInputError } from "./errors.ts";

export const META_TYPES = ["Indicator", "Aggregate", "Group", "Denominator"] as const;
export type MetaType = (typeof META_TYPES)[number];
export const META_COLUMNS = [
  "Level",
  "iCode",
  "iName",
  "Direction",
  "Weight",
  "Unit",
  "Target",
  "Denominator",
  "Parent",
  "Type",
] as const;
/** Column names of data.csv and results.csv that no iCode may take. */
export const RESERVED_CODES = ["uCode", "uName", "Time", "Rank"] as const;

/** One row of meta.csv, missing cells as null. */
export interface IndexMetaEntry {
  type: MetaType;
  code: string;
  name?: string | null;
  level?: number | null;
  direction?: number | null;
  weight?: number | null;
  unit?: string | null;
  target?: number | null;
  denominator?: string | null;
  parent?: string | null;
  /** Spreadsheet row, for messages; entries from elsewhere are numbered from 2. */
  row?: number;
}

export interface IndexNode {
  code: string;
  name: string;
  type: "Indicator" | "Aggregate";
  level: number;
  /** null only for the index at the top. */
  parent: string | null;
  weight: number;
  /** +1: more is better; −1: less is better. Aggregates carry +1. */
  direction: 1 | -1;
  unit: string | null;
  target: number | null;
  denominator: string | null;
  row: number;
}

export interface IndexMeta {
  /** The file (or label) the framework came from, for messages. */
  source: string;
  /** Indicators and aggregates in the order given. */
  nodes: IndexNode[];
  byCode: Map<string, IndexNode>;
  /** Level-1 codes in the order given. */
  indicators: string[];
  /** Aggregate codes by level ascending (order given within a level); the index last. */
  aggregates: string[];
  root: string;
  levels: number;
  children: Map<string, string[]>;
  groups: string[];
  denominators: string[];
}

const MISSING = /^(|NA)$/i;

export function isMissingCell(cell: string | undefined): boolean {
  return cell === undefined || MISSING.test(cell.trim());
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A finite decimal number, or null for a missing cell; anything else is refused. */
export function parseNumberCell(
  cell: string | undefined,
  location: { source: string; row: number; column: string },
): number | null {
  if (isMissingCell(cell)) return null;
  const text = (cell as string).trim();
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value))
    throw new IndexInputError(location, `"${text}" is not a number (missing values: empty or NA)`);
  return value;
}

export function parseIndexMeta(table: CsvTable, source = "meta.csv"): IndexMeta {
  const columnIndex = new Map<string, number>();
  table.header.forEach((name, index) => {
    const known = META_COLUMNS.find((column) => column.toLowerCase() === name.toLowerCase());
    if (known) columnIndex.set(known, index);
  });
  for (const required of ["iCode", "Type", "Level", "Parent"] as const)
    if (!columnIndex.has(required))
      throw new IndexInputError(
        { source, row: 1, column: required },
        `missing column (meta.csv has the columns ${META_COLUMNS.join(", ")})`,
      );
  const entries = table.rows.map((cells, index): IndexMetaEntry => {
    const row = index + 2;
    const cell = (column: (typeof META_COLUMNS)[number]) => {
      const at = columnIndex.get(column);
      return at === undefined ? undefined : cells[at];
    };
    const text = (column: (typeof META_COLUMNS)[number]) => {
      const value = cell(column);
      return isMissingCell(value) ? null : (value as string).trim();
    };
    const number = (column: (typeof META_COLUMNS)[number]) =>
      parseNumberCell(cell(column), { source, row, column });
    const typeText = text("Type");
    const type = META_TYPES.find((t) => t.toLowerCase() === typeText?.toLowerCase());
    if (!type)
      throw new IndexInputError(
        { source, row, column: "Type" },
        `"${typeText ?? ""}" is not one of ${META_TYPES.join(", ")}`,
      );
    return {
      type,
      code: text("iCode") ?? "",
      name: text("iName"),
      level: number("Level"),
      direction: number("Direction"),
      weight: number("Weight"),
      unit: text("Unit"),
      target: number("Target"),
      denominator: text("Denominator"),
      parent: text("Parent"),
      row,
    };
  });
  return createIndexMeta(entries, source);
}

export function createIndexMeta(
  entries: readonly IndexMetaEntry[],
  source = "meta.csv",
): IndexMeta {
  const seen = new Map<string, IndexMetaEntry>();
  const nodes: IndexNode[] = [];
  const groups: string[] = [];
  const denominators: string[] = [];
  entries.forEach((entry, index) => {
    const row = entry.row ?? index + 2;
    const at = (column: string) => ({ source, row, column });
    if (!entry.code) throw new IndexInputError(at("iCode"), "is empty");
    if (!/^[^\s,;"]+$/.test(entry.code))
      throw new IndexInputError(
        at("iCode"),
        `"${entry.code}" must not contain spaces, commas, semicolons or quotes`,
      );
    if ((RESERVED_CODES as readonly string[]).includes(entry.code))
      throw new IndexInputError(at("iCode"), `"${entry.code}" is reserved for a data column`);
    const earlier = seen.get(entry.code);
    if (earlier)
      throw new IndexInputError(
        at("iCode"),
        `"${entry.code}" is already defined in row ${earlier.row ?? "?"}`,
      );
    seen.set(entry.code, { ...entry, row });
    if (entry.type === "Group") groups.push(entry.code);
    else if (entry.type === "Denominator") denominators.push(entry.code);
    else {
      if (entry.level == null) throw new IndexInputError(at("Level"), "is missing");
      if (!Number.isInteger(entry.level) || entry.level < 1)
        throw new IndexInputError(at("Level"), `${entry.level} is not a whole number ≥ 1`);
      if (entry.type === "Indicator" && entry.level !== 1)
        throw new IndexInputError(at("Level"), `an indicator is at level 1, not ${entry.level}`);
      if (entry.type === "Aggregate" && entry.level < 2)
        throw new IndexInputError(at("Level"), "an aggregate is at level 2 or above");
      let direction: 1 | -1 = 1;
      if (entry.type === "Indicator") {
        if (entry.direction !== 1 && entry.direction !== -1)
          throw new IndexInputError(
            at("Direction"),
            entry.direction == null
              ? "is missing: 1 if more is better, -1 if less is better"
              : `${entry.direction} is neither 1 nor -1`,
          );
        direction = entry.direction;
      }
      const weight = entry.weight ?? 1;
      if (weight < 0) throw new IndexInputError(at("Weight"), `${weight} is negative`);
      nodes.push({
        code: entry.code,
        name: entry.name ?? entry.code,
        type: entry.type,
        level: entry.level,
        parent: entry.parent ?? null,
        weight,
        direction,
        unit: entry.unit ?? null,
        target: entry.target ?? null,
        denominator: entry.denominator ?? null,
        row,
      });
    }
  });

  const byCode = new Map(nodes.map((node) => [node.code, node]));
  for (const node of nodes) {
    const at = (column: string) => ({ source, row: node.row, column });
    if (node.denominator !== null) {
      if (node.type !== "Indicator")
        throw new IndexInputError(at("Denominator"), "only indicators are denominated");
      if (seen.get(node.denominator)?.type !== "Denominator")
        throw new IndexInputError(
          at("Denominator"),
          `"${node.denominator}" is not a row of Type Denominator`,
        );
    }
    if (node.parent !== null) {
      const parent = byCode.get(node.parent);
      if (!parent)
        throw new IndexInputError(
          at("Parent"),
          seen.has(node.parent)
            ? `"${node.parent}" is a ${seen.get(node.parent)?.type}, not an aggregate`
            : `"${node.parent}" does not exist`,
        );
      if (parent.type !== "Aggregate")
        throw new IndexInputError(
          at("Parent"),
          `"${node.parent}" is an indicator, not an aggregate`,
        );
    }
  }
  // Cycles first: along a cycle the level check below would report a confusing mismatch.
  for (const node of nodes) {
    const trail: string[] = [node.code];
    let current = node;
    while (current.parent !== null) {
      const parent = byCode.get(current.parent) as IndexNode;
      if (parent.code === node.code)
        throw new IndexInputError(
          { source, row: node.row, column: "Parent" },
          `the parents form a cycle: ${[...trail, node.code].join(" → ")}`,
        );
      if (trail.includes(parent.code)) break; // a cycle further up, reported at its own row
      trail.push(parent.code);
      current = parent;
    }
  }
  for (const node of nodes) {
    if (node.parent === null) continue;
    const parent = byCode.get(node.parent) as IndexNode;
    if (parent.level !== node.level + 1)
      throw new IndexInputError(
        { source, row: node.row, column: "Parent" },
        `"${parent.code}" is at level ${parent.level}; the parent of a level-${node.level} node is at level ${node.level + 1}`,
      );
  }
  const indicators = nodes.filter((node) => node.type === "Indicator");
  if (indicators.length === 0)
    throw new IndexInputError({ source, column: "Type" }, "has no row of Type Indicator");
  const roots = nodes.filter((node) => node.parent === null);
  const levels = Math.max(...nodes.map((node) => node.level));
  if (roots.length !== 1 || (roots[0] as IndexNode).level !== levels || levels < 2) {
    const stray = roots.find((node) => node.level !== levels || levels < 2) ?? roots[1];
    throw new IndexInputError(
      { source, row: stray?.row ?? null, column: "Parent" },
      levels < 2
        ? "no aggregate: the framework needs an index above the indicators"
        : `is missing for ${stray?.code}: every node but the index (the one aggregate at level ${levels}) has a parent`,
    );
  }
  const children = new Map<string, string[]>();
  for (const node of nodes) if (node.type === "Aggregate") children.set(node.code, []);
  for (const node of nodes) if (node.parent !== null) children.get(node.parent)?.push(node.code);
  for (const [code, list] of children)
    if (list.length === 0)
      throw new IndexInputError(
        { source, row: byCode.get(code)?.row ?? null, column: "iCode" },
        `aggregate "${code}" has no children (no row names it as Parent)`,
      );
  const aggregates = nodes
    .filter((node) => node.type === "Aggregate")
    .sort((a, b) => a.level - b.level)
    .map((node) => node.code);
  return {
    source,
    nodes,
    byCode,
    indicators: indicators.map((node) => node.code),
    aggregates,
    root: (roots[0] as IndexNode).code,
    levels,
    children,
    groups,
    denominators,
  };
}
