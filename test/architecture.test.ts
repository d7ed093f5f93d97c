import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The shape of the server, checked: modules depend on each other one way, and only repositories (and the
 * platform, and migrations) speak Kysely or read stored JSON. No file is excused.
 */
const MODULES = path.resolve(import.meta.dirname, "../src/server/modules");

const KYSELY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|transaction|startTransaction)\(|\bsql`|from "kysely"/g;
// Request bodies that a route reads itself are parsed where they arrive; stored rows are not.
const PARSED_IN_SERVICE = /JSON\.parse\((?!body)| as [A-Z]\w*Status\b/g;

/** The demo seeds through the app's own API; attachments is the evidence-file code others call. */
const WITHOUT_MANIFEST = ["demo", "attachments"];

function sourceFiles(): string[] {
  return fs
    .readdirSync(MODULES, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f.includes("/"))
    .sort();
}

const read = (file: string) => fs.readFileSync(path.join(MODULES, file), "utf8");
const moduleOf = (file: string) => file.split("/")[0]!;
const isDataEdge = (file: string) => file.endsWith(".repository.ts");
/** Fixtures build rows as a test would; they are not services. */
const isOutsideTheRules = (file: string) => file.endsWith(".fixtures.ts");

function countsOf(pattern: RegExp) {
  const counts: Record<string, number> = {};
  for (const file of sourceFiles()) {
    if (isDataEdge(file) || isOutsideTheRules(file)) continue;
    const n = read(file).match(pattern)?.length ?? 0;
    if (n > 0) counts[file] = n;
  }
  return counts;
}

function moduleGraph() {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles()) {
    const from = moduleOf(file);
    for (const match of read(file).matchAll(/from "\.\.\/([a-z-]+)\//g)) {
      const to = match[1]!;
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Every edge that lies on a cycle: a -> b where b reaches a again. */
function edgesOnCycles(edges: Map<string, Set<string>>): string[] {
  const reaches = (start: string, goal: string) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === goal) return true;
      if (seen.has(node)) continue;
      seen.add(node);
      stack.push(...(edges.get(node) ?? []));
    }
    return false;
  };
  const onCycles: string[] = [];
  for (const [from, tos] of edges)
    for (const to of tos) if (reaches(to, from)) onCycles.push(`${from} -> ${to}`);
  return onCycles.sort();
}

describe("the shape of the server", () => {
  it("speaks Kysely only in repositories, the platform and migrations", () => {
    expect(countsOf(KYSELY)).toEqual({});
  });

  it("parses stored JSON and statuses in repositories, not in services", () => {
    expect(countsOf(PARSED_IN_SERVICE)).toEqual({});
  });

  it("has no import cycles between modules", () => {
    expect(edgesOnCycles(moduleGraph())).toEqual([]);
  });

  it("gives every module one manifest, listed once in the module list", () => {
    const list = read("modules.ts");
    const folders = fs
      .readdirSync(MODULES, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !WITHOUT_MANIFEST.includes(d.name))
      .map((d) => d.name);
    for (const folder of folders) {
      expect(fs.existsSync(path.join(MODULES, folder, `${folder}.module.ts`)), folder).toBe(true);
      expect(list, folder).toContain(`./${folder}/${folder}.module.ts`);
    }
  });
});
