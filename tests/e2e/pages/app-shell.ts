import { expect, type Locator, type Page } from "@playwright/test";

/** The header every page shares: navigation, language switcher, account menu. */
export class AppShell {
  readonly page: Page;
  readonly mainNav: Locator;
  readonly languageSwitcher: Locator;
  readonly userMenu: Locator;

  constructor(page: Page) {
    this.page = page;
    this.mainNav = page.getByRole("banner").getByRole("navigation");
    this.languageSwitcher = page.getByRole("banner").getByTestId("language-switcher");
    this.userMenu = page.getByTestId("user-menu");
  }

  navLink(name: string | RegExp): Locator {
    return this.mainNav.getByRole("link", { name });
  }

  async chooseLanguage(languageName: string): Promise<void> {
    await this.languageSwitcher.click();
    await this.page.getByRole("menuitem", { name: languageName }).click();
  }

  async signOut(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole("menuitem", { name: "Sign out" }).click();
  }

  async expectSignedOut(): Promise<void> {
    await expect(
      this.page.getByRole("banner").getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
  }
}
