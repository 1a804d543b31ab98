import { Container } from "@mantine/core";
import { useMemo } from "react";
import { createBrowserRouter, RouterProvider, useRouteError } from "react-router";
import { ErrorAlert } from "../components/errors.tsx";
import { NotFoundPage } from "../components/not-found.tsx";
import { Layout } from "./layout.tsx";

function BlankFallback() {
  return null;
}

function RouteError() {
  const error = useRouteError();
  return (
    <Container size="md" py="xl">
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}

// Pages load on first visit: the map and chart code only ships to readers who need it.
function createRouter() {
  return createBrowserRouter([
    // The printable list has no header, navigation or footer: it is meant for paper.
    {
      path: "lists/:slug/print",
      errorElement: <RouteError />,
      HydrateFallback: BlankFallback,
      lazy: () =>
        import("../features/lists/list-print-page.tsx").then((m) => ({
          Component: m.ListPrintPage,
        })),
    },
    // The printable B2B agenda and the table signage: paper, no app shell either.
    {
      path: "events/:slug/meetings/print",
      errorElement: <RouteError />,
      HydrateFallback: BlankFallback,
      lazy: () =>
        import("../features/meetings/agenda-print-page.tsx").then((m) => ({
          Component: m.AgendaPrintPage,
        })),
    },
    {
      path: "events/:slug/meetings/signage",
      errorElement: <RouteError />,
      HydrateFallback: BlankFallback,
      lazy: () =>
        import("../features/meetings/signage-page.tsx").then((m) => ({
          Component: m.SignagePage,
        })),
    },
    {
      element: <Layout />,
      errorElement: <RouteError />,
      // Shown while the first page's code loads (no server rendering here).
      HydrateFallback: BlankFallback,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              lazy: () =>
                import("../features/home/home-page.tsx").then((m) => ({ Component: m.HomePage })),
            },
            {
              path: "cities",
              lazy: () =>
                import("../features/cities/cities-page.tsx").then((m) => ({
                  Component: m.CitiesPage,
                })),
            },
            {
              path: "cities/:slug",
              lazy: () =>
                import("../features/cities/city-page.tsx").then((m) => ({ Component: m.CityPage })),
            },
            {
              path: "organizations",
              lazy: () =>
                import("../features/organizations/organizations-page.tsx").then((m) => ({
                  Component: m.OrganizationsPage,
                })),
            },
            {
              path: "organizations/:slug",
              lazy: () =>
                import("../features/organizations/organization-page.tsx").then((m) => ({
                  Component: m.OrganizationPage,
                })),
            },
            {
              path: "events",
              lazy: () =>
                import("../features/events/events-page.tsx").then((m) => ({
                  Component: m.EventsPage,
                })),
            },
            {
              path: "events/:slug",
              lazy: () =>
                import("../features/events/event-page.tsx").then((m) => ({
                  Component: m.EventPage,
                })),
            },
            {
              path: "events/:slug/outcomes",
              lazy: () =>
                import("../features/outcomes/outcomes-page.tsx").then((m) => ({
                  Component: m.OutcomesPage,
                })),
            },
            {
              path: "events/:slug/meetings",
              lazy: () =>
                import("../features/meetings/meetings-page.tsx").then((m) => ({
                  Component: m.MeetingsPage,
                })),
            },
            {
              path: "events/:slug/meetings/console",
              lazy: () =>
                import("../features/meetings/console-page.tsx").then((m) => ({
                  Component: m.MeetingsConsolePage,
                })),
            },
            {
              path: "connections",
              lazy: () =>
                import("../features/connections/connections-page.tsx").then((m) => ({
                  Component: m.ConnectionsPage,
                })),
            },
            {
              path: "connections/:id",
              lazy: () =>
                import("../features/connections/connection-page.tsx").then((m) => ({
                  Component: m.ConnectionPage,
                })),
            },
            {
              path: "inbox",
              lazy: () =>
                import("../features/inbox/inbox-page.tsx").then((m) => ({
                  Component: m.InboxPage,
                })),
            },
            {
              path: "search",
              lazy: () =>
                import("../features/search/search-page.tsx").then((m) => ({
                  Component: m.SearchPage,
                })),
            },
            {
              path: "challenges",
              lazy: () =>
                import("../features/search/search-page.tsx").then((m) => ({
                  Component: m.ChallengesPage,
                })),
            },
            {
              path: "challenges/new",
              lazy: () =>
                import("../features/challenges/challenge-form.tsx").then((m) => ({
                  Component: m.ChallengeNewPage,
                })),
            },
            {
              path: "challenges/:slug",
              lazy: () =>
                import("../features/challenges/challenge-page.tsx").then((m) => ({
                  Component: m.ChallengePage,
                })),
            },
            {
              path: "challenges/:slug/edit",
              lazy: () =>
                import("../features/challenges/challenge-form.tsx").then((m) => ({
                  Component: m.ChallengeEditPage,
                })),
            },
            {
              path: "solutions",
              lazy: () =>
                import("../features/search/search-page.tsx").then((m) => ({
                  Component: m.SolutionsPage,
                })),
            },
            {
              path: "solutions/new",
              lazy: () =>
                import("../features/solutions/solution-form.tsx").then((m) => ({
                  Component: m.SolutionNewPage,
                })),
            },
            {
              path: "solutions/:slug",
              lazy: () =>
                import("../features/solutions/solution-page.tsx").then((m) => ({
                  Component: m.SolutionPage,
                })),
            },
            {
              path: "solutions/:slug/edit",
              lazy: () =>
                import("../features/solutions/solution-form.tsx").then((m) => ({
                  Component: m.SolutionEditPage,
                })),
            },
            {
              path: "cases",
              lazy: () =>
                import("../features/search/search-page.tsx").then((m) => ({
                  Component: m.CasesPage,
                })),
            },
            {
              path: "cases/new",
              lazy: () =>
                import("../features/cases/case-form.tsx").then((m) => ({
                  Component: m.CaseNewPage,
                })),
            },
            {
              path: "cases/:slug",
              lazy: () =>
                import("../features/cases/case-page.tsx").then((m) => ({ Component: m.CasePage })),
            },
            {
              path: "cases/:slug/edit",
              lazy: () =>
                import("../features/cases/case-form.tsx").then((m) => ({
                  Component: m.CaseEditPage,
                })),
            },
            {
              path: "lists",
              lazy: () =>
                import("../features/lists/lists-page.tsx").then((m) => ({
                  Component: m.ListsPage,
                })),
            },
            {
              path: "lists/new",
              lazy: () =>
                import("../features/lists/list-editor-page.tsx").then((m) => ({
                  Component: m.ListNewPage,
                })),
            },
            {
              path: "lists/:slug",
              lazy: () =>
                import("../features/lists/list-page.tsx").then((m) => ({ Component: m.ListPage })),
            },
            {
              path: "lists/:slug/edit",
              lazy: () =>
                import("../features/lists/list-editor-page.tsx").then((m) => ({
                  Component: m.ListEditPage,
                })),
            },
            {
              path: "import",
              lazy: () =>
                import("../features/imports/import-page.tsx").then((m) => ({
                  Component: m.ImportPage,
                })),
            },
            {
              path: "saved",
              lazy: () =>
                import("../features/saved/saved-page.tsx").then((m) => ({
                  Component: m.SavedPage,
                })),
            },
            {
              path: "my-organization",
              lazy: () =>
                import("../features/my-organization/my-organization-page.tsx").then((m) => ({
                  Component: m.MyOrganizationPage,
                })),
            },
            {
              path: "sign-in",
              lazy: () =>
                import("../features/account/sign-in-page.tsx").then((m) => ({
                  Component: m.SignInPage,
                })),
            },
            {
              path: "sign-up",
              lazy: () =>
                import("../features/account/sign-up-page.tsx").then((m) => ({
                  Component: m.SignUpPage,
                })),
            },
            {
              path: "account",
              lazy: () =>
                import("../features/account/account-page.tsx").then((m) => ({
                  Component: m.AccountPage,
                })),
            },
            {
              path: "exchange-rates",
              lazy: () =>
                import("../features/money/exchange-rates-page.tsx").then((m) => ({
                  Component: m.ExchangeRatesPage,
                })),
            },
            {
              path: "match-weights",
              lazy: () =>
                import("../features/matching/match-weights-page.tsx").then((m) => ({
                  Component: m.MatchWeightsPage,
                })),
            },
            {
              path: "outcomes",
              lazy: () =>
                import("../features/outcomes/platform-outcomes-page.tsx").then((m) => ({
                  Component: m.PlatformOutcomesPage,
                })),
            },
            {
              path: "admin/:tab?",
              lazy: () =>
                import("../features/admin/admin-page.tsx").then((m) => ({
                  Component: m.AdminPage,
                })),
            },
            {
              path: "indices",
              lazy: () =>
                import("../features/indices/indices-page.tsx").then((m) => ({
                  Component: m.IndicesPage,
                })),
            },
            {
              path: "indices/new",
              lazy: () =>
                import("../features/indices/index-editor-page.tsx").then((m) => ({
                  Component: m.IndexNewPage,
                })),
            },
            {
              path: "indices/:slug/edit",
              lazy: () =>
                import("../features/indices/index-editor-page.tsx").then((m) => ({
                  Component: m.IndexEditPage,
                })),
            },
            {
              path: "indices/:slug/units/:code",
              lazy: () =>
                import("../features/indices/unit-page.tsx").then((m) => ({
                  Component: m.IndexUnitPage,
                })),
            },
            {
              path: "indices/:slug/:tab?",
              lazy: () =>
                import("../features/indices/index-page.tsx").then((m) => ({
                  Component: m.IndexPage,
                })),
            },
            {
              path: "indicators",
              lazy: () =>
                import("../features/indices/indicators-page.tsx").then((m) => ({
                  Component: m.IndicatorsPage,
                })),
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export function AppRouter() {
  const router = useMemo(createRouter, []);
  return <RouterProvider router={router} />;
}
