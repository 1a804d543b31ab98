import { expect, type Locator, type Page } from "@playwright/test";

/** /import: choose the kind, upload, check (dry run), import. */
export class ImportPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly check: Locator;
  readonly import: Locator;
  readonly report: Locator;
  readonly errors: Locator;
  readonly success: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1, name: "Import" });
    this.fileInput = page.locator('input[type="file"]');
    this.check = page.getByRole("button", { name: "Check file" });
    this.import = page.getByRole("button", { name: "Import", exact: true });
    this.report = page.getByTestId("import-report");
    this.errors = page.getByTestId("import-errors");
    this.success = page.getByTestId("import-success");
  }

  async goto(): Promise<void> {
    await this.page.goto("/import");
    await expect(this.heading).toBeVisible();
  }

  async chooseKind(kind: "Challenges" | "Solutions"): Promise<void> {
    await this.page.getByRole("radiogroup").getByText(kind, { exact: true }).click();
  }

  async chooseCsv(name: string, csv: string): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
  }

  /** The table rows of the dry-run report as [row, column, problem]. */
  errorRows(): Locator {
    return this.errors.locator("tbody tr");
  }
}
