/** figure, value, target, and whether the target is met ("" when the figure has no target). */
export type Row = [string, string, string, boolean | ""];

export function printTable(rows: Row[]) {
  const header: Row = ["figure", "value", "target", ""];
  const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
  const line = (r: Row) => {
    const verdict = r[3] === "" ? "" : r[3] ? "ok" : "MISSED";
    return [r[0].padEnd(widths[0]!), r[1].padStart(widths[1]!), r[2].padEnd(widths[2]!), verdict].join("  ");
  };
  console.log(line(header));
  console.log("-".repeat(widths.reduce((a, b) => a + b + 2, 6)));
  for (const r of rows) console.log(line(r));
}
