import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { SignInPage } from "./pages/auth-pages.ts";
import {
  ConnectDialog,
  ConnectionPage,
  ConnectionsPage,
  Inbox,
  OutcomesDashboard,
} from "./pages/connection-pages.ts";
import { ChallengePage } from "./pages/item-pages.ts";

const PASSWORD = "citymatch-demo";
const PROVIDER = "provider@citymatch.example"; // Caldafield Health Tech
const CITY = "city@citymatch.example"; // Barcelona City Council
const ORGANIZER = "organizer@citymatch.example"; // organizes the demo editions

/**
 * A public challenge of the demo city's organization among whose matches one of the demo
 * provider's solutions ranks (checked in beforeAll, from the API), and the edition the
 * connection is made at: Barcelona's, which the demo deals leave empty.
 */
const CHALLENGE_SLUG = "a-3d-digital-twin-of-barcelona-for-planners-and-utilities";
/** Another challenge of the demo city, for a request that is withdrawn under the city's eyes. */
const OTHER_CHALLENGE_SLUG = "structural-health-monitoring-for-barcelonas-ageing-bridges";
const EDITION = { slug: "barcelona-2026", name: "Barcelona Smart City Congress 2026" };

interface Me {
  organization: { id: string; name: string } | null;
}
interface Funnel {
  pairs: number;
  contracts: number;
  valueUsd: string | null;
}

async function apiSignIn(api: APIRequestContext, email: string): Promise<Me> {
  const csrf = async () =>
    ((await (await api.get("/api/v1/auth/csrf")).json()) as { token: string }).token;
  const signIn = await api.post("/api/v1/auth/sign-in", {
    data: { email, password: PASSWORD },
    headers: { "x-csrf-token": await csrf() },
  });
  expect(signIn.ok(), `sign in as ${email}`).toBe(true);
  return (await (await api.get("/api/v1/me")).json()) as Me;
}

async function editionFunnel(api: APIRequestContext): Promise<Funnel> {
  const response = await api.get(`/api/v1/events/${EDITION.slug}/outcomes`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { funnel: Funnel }).funnel;
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

let providerSolution = "";
let before: Funnel;

test.beforeAll(async ({ playwright, baseURL }) => {
  const provider = await playwright.request.newContext({ baseURL });
  const city = await playwright.request.newContext({ baseURL });
  const organizer = await playwright.request.newContext({ baseURL });
  try {
    const providerMe = await apiSignIn(provider, PROVIDER);
    const cityMe = await apiSignIn(city, CITY);
    await apiSignIn(organizer, ORGANIZER);

    // The journey needs the challenge to be the demo city's, and a provider solution among
    // its matches (the most the API gives: 50).
    const challenge = (await (await city.get(`/api/v1/challenges/${CHALLENGE_SLUG}`)).json()) as {
      organization: { id: string };
    };
    expect(challenge.organization.id, "the challenge belongs to the demo city account").toBe(
      cityMe.organization?.id,
    );
    const matches = (await (
      await provider.get(`/api/v1/challenges/${CHALLENGE_SLUG}/matches?limit=50`)
    ).json()) as { items: { item: { title: string; organization: { id: string } } }[] };
    const own = matches.items.find(
      (match) => match.item.organization.id === providerMe.organization?.id,
    );
    expect(own, "a demo provider solution is among the challenge's matches").toBeDefined();
    providerSolution = own?.item.title ?? "";

    // An earlier run stopped half-way leaves an open connection about the same pair: close it.
    const open = (await (
      await provider.get("/api/v1/connections?scope=mine&limit=200")
    ).json()) as {
      items: {
        id: string;
        status: string;
        recipient: { id: string };
        challenge: { slug: string } | null;
      }[];
    };
    const csrf = ((await (await provider.get("/api/v1/auth/csrf")).json()) as { token: string })
      .token;
    for (const connection of open.items) {
      if (
        [CHALLENGE_SLUG, OTHER_CHALLENGE_SLUG].includes(connection.challenge?.slug ?? "") &&
        ["requested", "accepted", "met", "intention"].includes(connection.status)
      ) {
        await provider.post(`/api/v1/connections/${connection.id}/actions`, {
          headers: { "x-csrf-token": csrf },
          data: { action: "close", reason: "Left open by an interrupted test run" },
        });
      }
    }
    before = await editionFunnel(organizer);
  } finally {
    await Promise.all([provider.dispose(), city.dispose(), organizer.dispose()]);
  }
});

test("a provider and a city go from a suggested match to a confirmed contract, and the organizer sees it counted", async ({
  browser,
  baseURL,
  playwright,
}) => {
  test.setTimeout(180_000);
  const today = new Date().toISOString().slice(0, 10);

  // The provider opens the city's challenge and sees its own solution suggested, and why.
  const provider = await signedInPage(browser, PROVIDER);
  const challengePage = new ChallengePage(provider);
  await challengePage.goto(CHALLENGE_SLUG);
  const own = provider.getByRole("region", { name: "Your solutions for this challenge" });
  const card = own.getByTestId("match").filter({ hasText: providerSolution });
  await expect(card).toBeVisible();
  await expect(card.getByTestId("match-rank")).toHaveText(/^No\. \d+ among the matches$/);
  await expect(
    card.getByRole("list", { name: "Why it fits" }).getByRole("listitem").first(),
  ).toHaveText(/\w+/);
  await card.getByRole("button", { name: "Why this score" }).click();
  await expect(card.getByTestId("match-breakdown")).toBeVisible();

  // It asks the city to connect, about the challenge and its solution, at the edition.
  await card.getByRole("button", { name: "Connect" }).click();
  const connect = new ConnectDialog(provider);
  await expect(connect.dialog).toHaveAccessibleName("Connect with Barcelona City Council");
  await expect(connect.dialog).toContainText(providerSolution);
  await connect.request(
    EDITION.name,
    "Our HydroEar leak sensors could feed your digital twin's utility layer. Could we meet?",
  );
  await expect(connect.sent).toBeVisible();
  await connect.openConnection();
  const providerView = new ConnectionPage(provider);
  await expect(providerView.status).toHaveText("Requested");
  await expect(providerView.turn).toHaveText("Waiting for Barcelona City Council");
  const connectionPath = new URL(provider.url()).pathname;
  expect(connectionPath).toMatch(/^\/connections\/[0-9a-f-]{36}$/);

  // Asking again about the same pair is refused with a way to the open connection.
  await challengePage.goto(CHALLENGE_SLUG);
  await own
    .getByTestId("match")
    .filter({ hasText: providerSolution })
    .getByRole("button", {
      name: "Connect",
    })
    .click();
  await connect.request(EDITION.name, "Asking twice");
  await expect(connect.alreadyConnected).toBeVisible();
  await connect.alreadyConnected.getByRole("link", { name: "Open it" }).click();
  await expect(provider).toHaveURL(connectionPath);

  // The city finds the request in its inbox and among what waits for it, and accepts.
  const city = await signedInPage(browser, CITY);
  const cityInbox = new Inbox(city);
  await expect(cityInbox.bell).toHaveAccessibleName(/^Inbox: \d+ unread$/);
  await cityInbox.open();
  await expect(cityInbox.notifications.first()).toContainText(
    "Caldafield Health Tech wants to connect",
  );
  const connections = new ConnectionsPage(city);
  await connections.goto();
  await expect(
    connections.waitingForYou.getByRole("link", { name: "Caldafield Health Tech" }),
  ).toBeVisible();
  await cityInbox.open();
  await cityInbox.notifications
    .first()
    .getByRole("link", { name: "Caldafield Health Tech wants to connect" })
    .click();
  await expect(city).toHaveURL(connectionPath);
  const cityView = new ConnectionPage(city);
  await expect(cityView.turn).toHaveText("Waiting for you");
  await cityView.accept("Happy to talk: see you at the congress.");
  await expect(cityView.status).toHaveText("Accepted");

  // Both record the meeting.
  await cityView.recordMeeting(today, "Met at our stand.");
  await expect(cityView.status).toHaveText("Met");
  await providerView.goto(connectionPath);
  await expect(providerView.status).toHaveText("Met");
  await providerView.recordMeeting(today);

  // The provider proposes an intention; the city confirms it.
  await providerView.proposeIntention(today, "https://example.org/mou-hydroear-barcelona.pdf");
  await expect(providerView.turn).toHaveText("Waiting for Barcelona City Council");
  await cityView.goto(connectionPath);
  await expect(cityView.turn).toHaveText("Waiting for you");
  await cityView.confirmIntention();
  await expect(cityView.status).toHaveText("Intention");

  // The city records the signed contract; the provider confirms it.
  await cityView.recordContract({
    value: "1250000",
    currency: "EUR",
    signedOn: today,
    scope: "Leak sensors on 40 km of mains, feeding the digital twin, for three years.",
  });
  await expect(cityView.contractValue).toHaveText("€1,250,000");
  await providerView.goto(connectionPath);
  await expect(providerView.contractValue).toHaveText("€1,250,000");
  await providerView.confirmContract();
  await expect(providerView.status).toHaveText("Contracted");
  await expect(providerView.steps).toHaveCount(8);

  // The organizer's dashboard of the edition counts the new pair and its value in dollars.
  const organizerApi = await playwright.request.newContext({ baseURL });
  await apiSignIn(organizerApi, ORGANIZER);
  const after = await editionFunnel(organizerApi);
  await organizerApi.dispose();
  expect(after.pairs).toBe(before.pairs + 1);
  expect(after.contracts).toBe(before.contracts + 1);
  expect(Number(after.valueUsd) - Number(before.valueUsd ?? 0)).toBeGreaterThan(0);

  const organizer = await signedInPage(browser, ORGANIZER);
  await organizer.goto(`/events/${EDITION.slug}`);
  await organizer.getByRole("link", { name: "Outcome dashboard" }).click();
  const dashboard = new OutcomesDashboard(organizer);
  await expect(dashboard.pairs).toContainText(String(after.pairs));
  await expect(dashboard.contracts).toContainText(String(after.contracts));
  await expect(dashboard.value).toContainText(/\$[\d.,]+[KM]?/);
  const exact = new Intl.NumberFormat("en", {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 0,
  }).format(Math.round(Number(after.valueUsd)));
  await expect(dashboard.exactValue).toContainText(exact);
});

test("a step the other side has overtaken is refused, with the reason next to the form", async ({
  browser,
  baseURL,
  playwright,
}) => {
  const provider = await playwright.request.newContext({ baseURL });
  await apiSignIn(provider, PROVIDER);
  const csrf = async () =>
    ((await (await provider.get("/api/v1/auth/csrf")).json()) as { token: string }).token;
  const challenge = (await (
    await provider.get(`/api/v1/challenges/${OTHER_CHALLENGE_SLUG}`)
  ).json()) as { id: string; organization: { id: string } };
  const created = await provider.post("/api/v1/connections", {
    headers: { "x-csrf-token": await csrf() },
    data: {
      recipientOrganizationId: challenge.organization.id,
      challengeId: challenge.id,
      message: "About your bridges",
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // The city opens the request and starts accepting it…
  const city = await signedInPage(browser, CITY);
  const view = new ConnectionPage(city);
  await view.goto(`/connections/${id}`);
  const dialog = await view.open("Accept");

  // …while the provider withdraws it.
  const withdrawn = await provider.post(`/api/v1/connections/${id}/actions`, {
    headers: { "x-csrf-token": await csrf() },
    data: { action: "withdraw" },
  });
  expect(withdrawn.ok()).toBe(true);
  await provider.dispose();

  await dialog.getByRole("button", { name: "Accept" }).click();
  const refused = dialog.getByTestId("action-conflict");
  await expect(refused).toContainText("This step is not possible now");
  await expect(refused).toContainText("withdrawn");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(view.status).toHaveText("Withdrawn");
  await expect(view.nextStep).toHaveCount(0);
});
