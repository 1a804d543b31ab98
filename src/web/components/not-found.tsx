import { Button, Container, EmptyState, Group } from "@mantine/core";
import { IconLock, IconMapPinQuestion } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "./page-header.tsx";

export function NotFoundContent() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <Container size="sm" py={60}>
      <EmptyState
        size="lg"
        variant="light"
        icon={<IconMapPinQuestion size={36} aria-hidden />}
        title={<h1 style={{ margin: 0, fontSize: "inherit" }}>{t("notFound.title")}</h1>}
        description={t("notFound.description")}
      >
        <EmptyState.Actions>
          <Group justify="center">
            <Button component={Link} to="/">
              {t("notFound.home")}
            </Button>
            <Button component={Link} to="/cities" variant="default">
              {t("nav.cities")}
            </Button>
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Container>
  );
}

export function NotFoundPage() {
  return <NotFoundContent />;
}

/** "Not allowed"; `description` says who the area is for when it is not platform admins. */
export function ForbiddenContent({
  signedIn,
  description,
}: {
  signedIn: boolean;
  description?: string;
}) {
  const { t } = useTranslation();
  usePageTitle(t("forbidden.title"));
  return (
    <Container size="sm" py={60}>
      <EmptyState
        size="lg"
        variant="light"
        color="orange"
        icon={<IconLock size={36} aria-hidden />}
        title={<h1 style={{ margin: 0, fontSize: "inherit" }}>{t("forbidden.title")}</h1>}
        description={
          description ?? (signedIn ? t("forbidden.description") : t("forbidden.signInFirst"))
        }
      >
        <EmptyState.Actions>
          <Group justify="center">
            {signedIn ? (
              <Button component={Link} to="/">
                {t("notFound.home")}
              </Button>
            ) : (
              <Button
                component={Link}
                to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
              >
                {t("nav.signIn")}
              </Button>
            )}
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Container>
  );
}
