import { expect, type Locator, type Page } from "@playwright/test";

/** The "Connect" dialog on a challenge, a solution or a match card. */
export class ConnectDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly edition: Locator;
  readonly message: Locator;
  readonly send: Locator;
  readonly sent: Locator;
  readonly alreadyConnected: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole("dialog", { name: /^Connect with / });
    this.edition = this.dialog.getByRole("combobox", { name: "At which edition?" });
    this.message = this.dialog.getByRole("textbox", { name: "Message" });
    this.send = this.dialog.getByRole("button", { name: "Send request" });
    this.sent = this.dialog.getByTestId("connect-sent");
    this.alreadyConnected = this.dialog.getByTestId("connect-already");
  }

  async request(edition: string, message: string): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.edition.click();
    await this.page.getByRole("option", { name: new RegExp(`^${edition}`) }).click();
    await this.message.fill(message);
    await this.send.click();
  }

  async openConnection(): Promise<void> {
    await this.dialog.getByRole("link", { name: "Open the connection" }).click();
  }
}

/** /connections/:id: the parties, the deal, the history and the next step. */
export class ConnectionPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly status: Locator;
  readonly turn: Locator;
  readonly nextStep: Locator;
  readonly deal: Locator;
  readonly contractValue: Locator;
  readonly steps: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    const header = page.getByRole("main");
    this.status = header.getByTestId("connection-status").first();
    this.turn = header.getByTestId("connection-turn").first();
    this.nextStep = page.getByRole("region", { name: "Next step" });
    this.deal = page.getByTestId("connection-deal");
    this.contractValue = page.getByTestId("contract-value");
    this.steps = page.getByTestId("connection-step");
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }

  /** Opens a step's form from the next-step card; returns the dialog. */
  async open(button: string | RegExp): Promise<Locator> {
    await this.nextStep.getByRole("button", { name: button }).click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Submits a step's form and waits for it to close. */
  async submit(dialog: Locator, button: string | RegExp): Promise<void> {
    await dialog.getByRole("button", { name: button }).click();
    await expect(dialog).toBeHidden();
  }

  async accept(note: string): Promise<void> {
    const dialog = await this.open("Accept");
    await dialog.getByRole("textbox", { name: "Note" }).fill(note);
    await this.submit(dialog, "Accept");
  }

  async recordMeeting(day: string, note = ""): Promise<void> {
    const dialog = await this.open("Record a meeting");
    await dialog.getByLabel("Day of the meeting").fill(day);
    if (note) await dialog.getByRole("textbox", { name: "Note" }).fill(note);
    await this.submit(dialog, "Record the meeting");
  }

  async proposeIntention(day: string, documentUrl: string): Promise<void> {
    const dialog = await this.open("Propose an intention");
    await dialog.getByLabel("Date of the intention").fill(day);
    await dialog.getByRole("textbox", { name: "Link to the document" }).fill(documentUrl);
    await this.submit(dialog, "Propose");
  }

  async confirmIntention(): Promise<void> {
    const dialog = await this.open("Confirm the intention");
    await this.submit(dialog, "Confirm");
  }

  async recordContract(contract: {
    value: string;
    currency: string;
    signedOn: string;
    scope: string;
  }): Promise<void> {
    const dialog = await this.open("Record a contract");
    await dialog.getByRole("textbox", { name: "Contract value" }).fill(contract.value);
    const currency = dialog.getByRole("combobox", { name: "Currency" });
    await currency.click();
    await currency.fill(contract.currency);
    await this.page.getByRole("option", { name: new RegExp(`^${contract.currency} · `) }).click();
    await dialog.getByLabel("Signed on").fill(contract.signedOn);
    await dialog.getByRole("textbox", { name: "Scope" }).fill(contract.scope);
    await this.submit(dialog, "Record the contract");
  }

  async confirmContract(): Promise<void> {
    const dialog = await this.open("Confirm the contract");
    await this.submit(dialog, "Confirm");
  }
}

/** /connections: the organization's connections, what waits for the reader first. */
export class ConnectionsPage {
  readonly page: Page;
  readonly waitingForYou: Locator;

  constructor(page: Page) {
    this.page = page;
    this.waitingForYou = page.getByRole("region", { name: "Waiting for you" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/connections");
    await expect(this.page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  }
}

/** The header's bell and /inbox. */
export class Inbox {
  readonly page: Page;
  readonly bell: Locator;
  readonly notifications: Locator;
  readonly markAllRead: Locator;

  constructor(page: Page) {
    this.page = page;
    this.bell = page.getByRole("banner").getByTestId("inbox-bell");
    this.notifications = page.getByTestId("notification");
    this.markAllRead = page.getByRole("button", { name: "Mark all read" });
  }

  async open(): Promise<void> {
    await this.bell.click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  }
}

/** /events/:slug/outcomes: the organizer's dashboard. */
export class OutcomesDashboard {
  readonly page: Page;
  readonly pairs: Locator;
  readonly contracts: Locator;
  readonly value: Locator;
  readonly exactValue: Locator;

  constructor(page: Page) {
    this.page = page;
    this.pairs = page.getByTestId("stat-pairs");
    this.contracts = page.getByTestId("stat-contracts");
    this.value = page.getByTestId("stat-value");
    this.exactValue = page.getByTestId("outcomes-value-exact");
  }
}
