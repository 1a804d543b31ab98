import { describe, expect, it } from "vitest";
import { fieldOfIssue } from "./errors.tsx";

describe("server issue paths on form fields", () => {
  const values = { budgetMax: "", sdgs: [], deployments: [{ year: 2020 }] };

  it("drops the request part and keeps nested paths", () => {
    expect(fieldOfIssue("body.budgetMax", values)).toBe("budgetMax");
    expect(fieldOfIssue("body.deployments.0.year", values)).toBe("deployments.0.year");
  });

  it("puts an item of a list of plain values on the list field", () => {
    expect(fieldOfIssue("body.sdgs.2", values)).toBe("sdgs");
  });

  it("ignores fields the form does not have", () => {
    expect(fieldOfIssue("body.contactPersonId", values)).toBeNull();
  });
});
