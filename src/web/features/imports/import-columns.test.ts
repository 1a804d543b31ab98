import { describe, expect, it } from "vitest";
import {
  IMPORT_COLUMNS as SERVER_COLUMNS,
  REQUIRED_COLUMNS as SERVER_REQUIRED,
} from "../../../server/modules/imports/schema.ts";
import { csvTemplate, IMPORT_COLUMNS, REQUIRED_COLUMNS } from "./import-columns.ts";

describe("import columns", () => {
  it("are the server's columns", () => {
    expect(IMPORT_COLUMNS).toEqual(SERVER_COLUMNS);
    expect(REQUIRED_COLUMNS).toEqual(SERVER_REQUIRED);
  });

  it("make a template with a BOM and one header row", () => {
    const template = csvTemplate("solutions");
    expect(template.startsWith("\uFEFForganization,title,summary,")).toBe(true);
    expect(template.endsWith("visibility\r\n")).toBe(true);
    expect(template.split("\r\n")).toHaveLength(2);
  });
});
