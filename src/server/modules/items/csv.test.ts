import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("quotes as CSV and defuses formulas", () => {
    const csv = toCsv(
      [
        { title: '=HYPERLINK("http://evil.example","x")', amount: "-5", note: "a, b" },
        { title: "Plain", amount: 12, note: null },
      ],
      ["title", "amount", "note"],
    );
    expect(csv.split("\n")).toEqual([
      "title,amount,note",
      `"'=HYPERLINK(""http://evil.example"",""x"")",'-5,"a, b"`,
      "Plain,12,",
      "",
    ]);
  });
});
