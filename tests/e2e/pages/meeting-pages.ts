import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";

/** /events/:slug/meetings: a participant's requests, availability and agenda. */
export class MeetingsPage {
  readonly page: Page;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1, name: /^B2B meetings at / });
  }

  async goto(slug: string, tab: "requests" | "availability" | "agenda" = "requests") {
    await this.page.goto(`/events/${slug}/meetings?tab=${tab}`);
    await expect(this.heading).toBeVisible();
  }

  async openTab(name: "Requests" | "Availability" | "My agenda") {
    await this.page.getByRole("tab", { name }).click();
  }

  section(name: "Received" | "Sent" | "Accepted"): Locator {
    return this.page.getByRole("region", { name });
  }

  /** A request card in a section, by the other person's name. */
  request(section: "Received" | "Sent" | "Accepted", person: string): Locator {
    return this.section(section).getByRole("listitem", { name: `Request with ${person}` });
  }

  async requestMeeting(
    person: string,
    message: string,
    priority: "Must meet" | "Would like to meet",
  ) {
    await this.page.getByRole("button", { name: "Request a meeting" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Request a meeting" });
    await dialog.getByRole("combobox", { name: "Participant" }).fill(person);
    await this.page.getByRole("option", { name: new RegExp(`^${person}`) }).click();
    await dialog.getByRole("textbox", { name: "Message" }).fill(message);
    await dialog.getByRole("radio", { name: priority }).check();
    await dialog.getByRole("button", { name: "Send request" }).click();
    await expect(dialog).toBeHidden();
  }

  /** Accepts a received request; where the receiver picks, the first free slot. */
  async accept(person: string) {
    await this.request("Received", person).getByRole("button", { name: "Accept" }).click();
    const picker = this.page.getByRole("dialog", { name: /: pick a slot$/ });
    if (await picker.isVisible().catch(() => false)) {
      await picker.getByRole("radio").first().check();
      await picker.getByRole("button", { name: "Accept at this slot" }).click();
      await expect(picker).toBeHidden();
    }
    await expect(this.request("Accepted", person)).toBeVisible();
  }

  get availabilityGrid(): Locator {
    return this.page.getByTestId("availability-grid");
  }

  /** Marks the n-th slot that is free now unavailable and saves; returns the slot's label. */
  /** Marks the first free slot (other than `avoid`) unavailable and saves; returns its label. */
  async markUnavailable(avoid?: string): Promise<string> {
    await expect(this.availabilityGrid).toBeVisible();
    const free = this.availabilityGrid.locator(
      '[data-testid="availability-slot"][data-state="free"]',
    );
    const labelOf = async (index: number) =>
      ((await free.nth(index).getAttribute("aria-label")) ?? "").replace(/: .*$/, "");
    let index = 0;
    while ((await labelOf(index)) === avoid) index++;
    const cell = free.nth(index);
    const label = await labelOf(index);
    await cell.click();
    const marked = this.availabilityGrid.getByRole("button", { name: `${label}: Unavailable` });
    await expect(marked).toHaveAttribute("aria-pressed", "true");
    await this.page.getByRole("button", { name: "Save availability" }).click();
    await expect(this.page.getByText("Availability saved")).toBeVisible();
    return label;
  }

  /** The agenda row of the meeting with a person: day, time and where. */
  async agendaMeetingWith(person: string) {
    const row = this.page.getByTestId("agenda-meeting").filter({ hasText: person });
    await expect(row).toHaveCount(1);
    const cells = row.getByRole("cell");
    return {
      day: ((await cells.nth(0).textContent()) ?? "").trim(),
      time: ((await row.getByTestId("agenda-time").textContent()) ?? "").trim(),
      location: ((await row.getByTestId("agenda-location").textContent()) ?? "").trim(),
    };
  }

  /** Downloads the agenda's iCalendar file; returns its text. */
  async downloadCalendar(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("link", { name: "Download calendar (.ics)" }).click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
  }
}

/** /events/:slug/meetings/console: the organizers' B2B console. */
export class MeetingsConsole {
  readonly page: Page;
  readonly heading: Locator;
  readonly progress: Locator;
  readonly result: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1, name: /^B2B meetings at / });
    this.progress = page.getByRole("region", { name: "The scheduler is running" });
    this.result = page.getByRole("region", { name: "Scheduler result" });
  }

  async goto(slug: string, tab: "programme" | "meetings" | "suggestions" | "scheduler") {
    await this.page.goto(`/events/${slug}/meetings/console?tab=${tab}`);
    await expect(this.heading).toBeVisible();
  }

  async runScheduler(timeLimitSeconds: number) {
    await this.page
      .getByRole("textbox", { name: "Time limit (seconds)" })
      .fill(String(timeLimitSeconds));
    await this.page.getByRole("button", { name: "Run scheduler" }).click();
  }

  stat(testId: "stat-placed" | "stat-breaks" | "stat-lower-bound" | "stat-moved"): Locator {
    return this.result.getByTestId(testId);
  }

  async publish(): Promise<string> {
    await this.result.getByRole("button", { name: "Publish" }).click();
    const summary = this.result.getByTestId("publish-result");
    await expect(summary).toBeVisible();
    return (await summary.textContent()) ?? "";
  }
}

/** iCalendar text with folded lines joined (RFC 5545 §3.1). */
export function unfoldCalendar(text: string): string {
  return text.replace(/\r?\n[ \t]/g, "");
}
