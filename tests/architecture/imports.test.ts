import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layering the house style asks for, checked on every run:
 * - src/core is pure: it imports nothing from server, web, cli or demo;
 * - server modules do not import each other in a cycle;
 * - only queries.ts files (and db/) build SQL with Drizzle's query builder or `sql`.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((match) =>
    path.resolve(path.dirname(file), match[1] as string),
  );
}

describe("architecture", () => {
  it("keeps src/core free of I/O layers", () => {
    const offenders = sourceFiles(path.join(ROOT, "src/core")).flatMap((file) =>
      relativeImports(file)
        .filter((target) => !target.startsWith(path.join(ROOT, "src/core")))
        .map((target) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it("has no import cycles between server modules", () => {
    const modulesDir = path.join(ROOT, "src/server/modules");
    const moduleOf = (file: string) =>
      file.startsWith(modulesDir) ? path.relative(modulesDir, file).split(path.sep)[0] : null;
    const edges = new Map<string, Set<string>>();
    for (const file of sourceFiles(modulesDir)) {
      if (file.endsWith(".test.ts")) continue;
      const from = moduleOf(file) as string;
      for (const target of relativeImports(file)) {
        const to = moduleOf(target);
        if (to && to !== from) {
          if (!edges.has(from)) edges.set(from, new Set());
          edges.get(from)?.add(to);
        }
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it("builds SQL only in queries.ts and db/", () => {
    const offenders = sourceFiles(path.join(ROOT, "src/server/modules"))
      .filter((file) => !file.endsWith("queries.ts") && !file.endsWith(".test.ts"))
      .filter((file) =>
        /\b(db|tx)\.(select|insert|update|delete|execute)\(|\bsql`|\.from\(\w+\)/.test(
          readFileSync(file, "utf8"),
        ),
      )
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
