import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { SignInPage } from "./pages/auth-pages.ts";
import { MeetingsConsole, MeetingsPage, unfoldCalendar } from "./pages/meeting-pages.ts";

const PASSWORD = "citymatch-demo";
const CITY = { email: "city@citymatch.example", name: "Demo City Official" };
const PROVIDER = { email: "provider@citymatch.example", name: "Demo Provider" };
const ORGANIZER = "organizer@citymatch.example";
/** The demo's Barcelona edition has a B2B programme; the demo city and provider take part. */
const EDITION = "barcelona-2026";

interface Me {
  person: { id: string };
}
interface Request {
  id: string;
  status: string;
  requester: { id: string };
  recipient: { id: string };
}
interface Agenda {
  meetings: {
    attendees: { id: string }[];
    slot: { startsAt: string; starts: string; ends: string } | null;
    location: string | null;
  }[];
}

async function apiSignIn(api: APIRequestContext, email: string): Promise<{ me: Me; csrf: string }> {
  const csrf = async () =>
    ((await (await api.get("/api/v1/auth/csrf")).json()) as { token: string }).token;
  const signIn = await api.post("/api/v1/auth/sign-in", {
    data: { email, password: PASSWORD },
    headers: { "x-csrf-token": await csrf() },
  });
  expect(signIn.ok(), `sign in as ${email}`).toBe(true);
  return { me: (await (await api.get("/api/v1/me")).json()) as Me, csrf: await csrf() };
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

/** "2026-11-03T15:00:00.000Z" → "20261103T150000Z", as iCalendar writes UTC times. */
const icalUtc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, "")}Z`;

let eventId = "";
let cityId = "";
let providerId = "";

test.beforeAll(async ({ playwright, baseURL }) => {
  const city = await playwright.request.newContext({ baseURL });
  const provider = await playwright.request.newContext({ baseURL });
  try {
    const citySession = await apiSignIn(city, CITY.email);
    const providerSession = await apiSignIn(provider, PROVIDER.email);
    cityId = citySession.me.person.id;
    providerId = providerSession.me.person.id;
    eventId = ((await (await city.get(`/api/v1/events/${EDITION}`)).json()) as { id: string }).id;
    const programme = await city.get(`/api/v1/events/${eventId}/meeting-programme`);
    expect(programme.ok(), "the demo edition has a B2B programme").toBe(true);

    // A run stopped half-way leaves a request between the two, or slots marked: undo them.
    const mine = (await (
      await city.get(`/api/v1/events/${eventId}/meeting-requests?scope=mine`)
    ).json()) as { items: Request[] };
    for (const request of mine.items) {
      const pair = [request.requester.id, request.recipient.id];
      if (!pair.includes(providerId)) continue;
      const action =
        request.status === "accepted"
          ? "cancel"
          : request.status !== "pending"
            ? null
            : request.requester.id === cityId
              ? "withdraw"
              : "decline";
      const actor = action === "decline" ? provider : city;
      const csrf = action === "decline" ? providerSession.csrf : citySession.csrf;
      if (action)
        await actor.post(`/api/v1/meeting-requests/${request.id}/actions`, {
          headers: { "x-csrf-token": csrf },
          data: { action },
        });
    }
    for (const [api, csrf] of [
      [city, citySession.csrf],
      [provider, providerSession.csrf],
    ] as const) {
      const reset = await api.put(`/api/v1/events/${eventId}/me/availability`, {
        headers: { "x-csrf-token": csrf },
        data: { unavailable: [] },
      });
      expect(reset.ok(), "availability reset").toBe(true);
    }
  } finally {
    await Promise.all([city.dispose(), provider.dispose()]);
  }
});

test("two participants meet: request, accept, availability, the organizer schedules and publishes, both agendas and calendars agree", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const cityPage = await signedInPage(browser, CITY.email);
  const providerPage = await signedInPage(browser, PROVIDER.email);
  const organizerPage = await signedInPage(browser, ORGANIZER);
  const city = new MeetingsPage(cityPage);
  const provider = new MeetingsPage(providerPage);

  // The city asks the provider for a meeting…
  await city.goto(EDITION);
  await city.requestMeeting(
    PROVIDER.name,
    "Remote patient monitoring for our districts",
    "Must meet",
  );
  await expect(city.request("Sent", PROVIDER.name)).toBeVisible();

  // …the provider accepts it.
  await provider.goto(EDITION);
  const received = provider.request("Received", CITY.name);
  await expect(received).toContainText("Remote patient monitoring for our districts");
  await expect(received).toContainText("Must meet");
  await provider.accept(CITY.name);
  await cityPage.reload();
  await expect(city.request("Accepted", PROVIDER.name)).toBeVisible();

  // Both mark a slot unavailable (different ones) and save.
  await city.openTab("Availability");
  const cityBusy = await city.markUnavailable();
  await provider.openTab("Availability");
  const providerBusy = await provider.markUnavailable(cityBusy);
  expect(providerBusy).not.toBe(cityBusy);
  await cityPage.reload();
  await expect(
    city.availabilityGrid.getByRole("button", { name: `${cityBusy}: Unavailable` }),
  ).toHaveAttribute("aria-pressed", "true");

  // The organizer runs the scheduler, watches it, reads the statistics and publishes.
  const organizer = new MeetingsConsole(organizerPage);
  await organizer.goto(EDITION, "scheduler");
  await organizer.runScheduler(4);
  await expect(organizer.progress).toBeVisible();
  await expect(organizer.progress.getByRole("progressbar")).toHaveAccessibleName(
    /^[\d.,]+ of 4 seconds$/,
  );
  await expect(organizer.result).toBeVisible({ timeout: 60_000 });
  await expect(organizer.result.getByTestId("result-status")).toHaveText(
    /Optimal|Feasible|Infeasible/,
  );
  await expect(organizer.stat("stat-placed")).toContainText(/\d+ \/ \d+/);
  await expect(organizer.stat("stat-breaks")).toBeVisible();
  await expect(organizer.stat("stat-lower-bound")).toBeVisible();
  await expect(organizer.result.getByTestId("breaks-table")).toContainText(CITY.name);
  await expect(organizer.result.getByTestId("table-use-chart")).toHaveAttribute(
    "data-rendered",
    "true",
  );
  expect(await organizer.publish()).toMatch(/^Published: \d+ meetings placed, \d+ moved/);

  // Both agendas show the same meeting, table and time, in the edition's time zone.
  await city.goto(EDITION, "agenda");
  await expect(cityPage.getByTestId("agenda-zone")).toHaveText(/Europe\/Madrid/);
  const cityView = await city.agendaMeetingWith(PROVIDER.name);
  await provider.goto(EDITION, "agenda");
  const providerView = await provider.agendaMeetingWith(CITY.name);
  expect(providerView).toEqual(cityView);
  expect(cityView.location).toMatch(/^(Table|Booth) \d+$/);
  expect(cityView.time).toMatch(/^\d\d:\d\d–\d\d:\d\d$/);

  // And both calendar files hold it at that time.
  const agenda = (await (
    await cityPage.request.get(`/api/v1/events/${eventId}/me/agenda`)
  ).json()) as Agenda;
  const meeting = agenda.meetings.find((m) => m.attendees.some((p) => p.id === providerId));
  expect(meeting?.slot).toBeTruthy();
  const slot = meeting?.slot as NonNullable<Agenda["meetings"][number]["slot"]>;
  expect(`${slot.starts}–${slot.ends}`).toBe(cityView.time);
  for (const [page, other] of [
    [city, PROVIDER.name],
    [provider, CITY.name],
  ] as const) {
    const file = await page.downloadCalendar();
    expect(file.name).toBe(`${EDITION}-agenda.ics`);
    const text = unfoldCalendar(file.text);
    expect(text).toContain("BEGIN:VCALENDAR");
    const event = text
      .split("BEGIN:VEVENT")
      .find((block) => block.includes(`SUMMARY:B2B meeting with ${other}`));
    expect(event, `a VEVENT with ${other}`).toBeDefined();
    expect(event).toContain(`DTSTART:${icalUtc(slot.startsAt)}`);
    expect(event).toContain(`${slot.starts}–${slot.ends} (Europe/Madrid)`);
    expect(event).toContain(`LOCATION:${cityView.location}`);
  }
});
