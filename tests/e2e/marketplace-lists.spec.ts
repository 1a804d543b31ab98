import { expect, request, test } from "@playwright/test";
import { ListPage, ListsPage } from "./pages/list-pages.ts";

const ORGANIZER = { email: "organizer@citymatch.example", password: "citymatch-demo" };

interface ListSummary {
  slug: string;
  title: string;
  status: string;
  stats: { demands: number; cities: number; countries: number };
}

/**
 * The demo holds a published list for the Shanghai edition. Until that demo data is
 * wired in, publish one through the API as the edition's organizer, with the public
 * challenges the search finds.
 */
test.beforeAll(async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  const lists = (await (await api.get("/api/v1/lists?limit=50")).json()) as {
    items: ListSummary[];
  };
  if (lists.items.some((list) => list.status === "published")) return;

  // Asked before signing in: a published list may hold public challenges only.
  const found = (await (await api.get("/api/v1/search?type=challenge&limit=30")).json()) as {
    items: { id: string }[];
  };
  const challengeIds = found.items.map((item) => item.id);

  const csrf = async () =>
    ((await (await api.get("/api/v1/auth/csrf")).json()) as { token: string }).token;
  const signIn = await api.post("/api/v1/auth/sign-in", {
    data: ORGANIZER,
    headers: { "x-csrf-token": await csrf() },
  });
  expect(signIn.ok()).toBe(true);
  const me = (await (await api.get("/api/v1/me")).json()) as {
    organization: { id: string } | null;
    organizerOf: { id: string }[];
  };
  const headers = { "x-csrf-token": await csrf() };

  if (challengeIds.length === 0 && me.organization) {
    for (const title of ["Cleaner air around schools", "Faster permits for rooftop solar"]) {
      const created = await api.post("/api/v1/challenges", {
        headers,
        data: { organizationId: me.organization.id, title, visibility: "public", sdgs: [11] },
      });
      challengeIds.push(((await created.json()) as { id: string }).id);
    }
  }
  const list = await api.post("/api/v1/lists", {
    headers,
    data: {
      eventId: me.organizerOf[0]?.id ?? null,
      title: `List of City Challenges & Opportunities ${Date.now().toString(36)}`,
      intro: "Cooperative project demands published by city governments.",
      priorityAreas: ["governance", "energy-environment"],
      challengeIds,
    },
  });
  expect(list.status()).toBe(201);
  const { id } = (await list.json()) as { id: string };
  const publish = await api.post(`/api/v1/lists/${id}/publish`, { headers, data: {} });
  expect(publish.ok(), await publish.text()).toBe(true);
  await api.dispose();
});

test("a visitor opens a published list and sees its figures and demands", async ({
  page,
  request: api,
}) => {
  const lists = (await (await api.get("/api/v1/lists?limit=50")).json()) as {
    items: ListSummary[];
  };
  const published = lists.items.find((list) => list.status === "published");
  expect(published).toBeDefined();
  if (!published) return;
  const { demands, countries, cities } = published.stats;
  const plural = (count: number, one: string, other: string) =>
    `${count} ${count === 1 ? one : other}`;
  const headline = `${plural(demands, "demand", "demands")} from ${plural(countries, "country", "countries")}`;

  const listsPage = new ListsPage(page);
  await listsPage.goto();
  const card = listsPage.card(published.title);
  await expect(card.getByTestId("list-headline")).toHaveText(headline);
  await expect(card).toContainText(`Published by ${plural(cities, "city", "cities")}`);
  await card.getByRole("link", { name: published.title }).click();

  await expect(page).toHaveURL(new RegExp(`/lists/${published.slug}$`));
  const listPage = new ListPage(page);
  await expect(listPage.heading).toHaveText(published.title);
  await expect(listPage.headline).toHaveText(headline);
  await expect(listPage.stats).toContainText(`Demands${demands}`);
  await expect(listPage.stats).toContainText(`Cities${cities}`);
  await expect(listPage.stats).toContainText(`Countries${countries}`);
  await expect(listPage.items).toHaveCount(demands);
  await expect(listPage.items.first().getByRole("link")).toBeVisible();
  await expect(page.getByTestId("list-domain-chart")).toHaveAttribute("data-rendered", "true");

  // The demo's Shanghai list is the one from the seeds: 69 demands from 15 countries.
  if (published.slug === "list-of-city-challenges-and-opportunities-2026-first-release") {
    await expect(listPage.headline).toHaveText("69 demands from 15 countries");
  }

  // Signed out, no curator tools are offered.
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit list" })).toHaveCount(0);
});
