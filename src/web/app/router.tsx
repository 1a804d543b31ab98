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
              path: "admin/:tab?",
              lazy: () =>
                import("../features/admin/admin-page.tsx").then((m) => ({
                  Component: m.AdminPage,
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
