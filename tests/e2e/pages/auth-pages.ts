import type { Locator, Page } from "@playwright/test";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export class SignUpPage {
  readonly page: Page;
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    this.page = page;
    const form = page.getByRole("main").locator("form");
    this.name = form.getByRole("textbox", { name: "Name" });
    this.email = form.getByRole("textbox", { name: "Email" });
    this.password = form.getByRole("textbox", { name: "Password" });
    this.submit = form.getByRole("button", { name: "Create account" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/sign-up");
  }

  async signUp(account: NewAccount): Promise<void> {
    await this.name.fill(account.name);
    await this.email.fill(account.email);
    await this.password.fill(account.password);
    await this.submit.click();
  }
}

export class SignInPage {
  readonly page: Page;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    this.page = page;
    const form = page.getByRole("main").locator("form");
    this.email = form.getByRole("textbox", { name: "Email" });
    this.password = form.getByRole("textbox", { name: "Password" });
    this.submit = form.getByRole("button", { name: "Sign in" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

export class AccountPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly profileName: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1, name: "Your account" });
    this.profileName = page.getByRole("textbox", { name: "Name", exact: true });
  }
}
