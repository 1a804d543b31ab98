import { Tabs } from "@mantine/core";
import {
  IconBuildingCommunity,
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconUsers,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { ForbiddenContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { PageSkeleton } from "../../components/query-state.tsx";
import { AdminCities } from "./admin-cities.tsx";
import { AdminEvents } from "./admin-events.tsx";
import { AdminOrganizations } from "./admin-organizations.tsx";
import { AdminPeople } from "./admin-people.tsx";

const TABS = ["organizations", "cities", "events", "people"] as const;
type Tab = (typeof TABS)[number];

export function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { tab: tabParam } = useParams();
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? "")
    ? (tabParam as Tab)
    : "organizations";

  if (me.isPending) {
    return (
      <PageContainer>
        <PageSkeleton />
      </PageContainer>
    );
  }
  if (me.isError) {
    return (
      <PageContainer>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </PageContainer>
    );
  }
  if (!me.data?.platformAdmin) return <ForbiddenContent signedIn={Boolean(me.data)} />;

  return (
    <PageContainer>
      <PageHeader
        eyebrow={t("admin.eyebrow")}
        title={t("admin.title")}
        description={t("admin.description")}
      />
      <Tabs
        value={tab}
        onChange={(value) => value && void navigate(`/admin/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab
            value="organizations"
            leftSection={<IconBuildingCommunity size={16} aria-hidden />}
          >
            {t("admin.tabs.organizations")}
          </Tabs.Tab>
          <Tabs.Tab value="cities" leftSection={<IconBuildingSkyscraper size={16} aria-hidden />}>
            {t("admin.tabs.cities")}
          </Tabs.Tab>
          <Tabs.Tab value="events" leftSection={<IconCalendarEvent size={16} aria-hidden />}>
            {t("admin.tabs.events")}
          </Tabs.Tab>
          <Tabs.Tab value="people" leftSection={<IconUsers size={16} aria-hidden />}>
            {t("admin.tabs.people")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="organizations">
          <AdminOrganizations />
        </Tabs.Panel>
        <Tabs.Panel value="cities">
          <AdminCities />
        </Tabs.Panel>
        <Tabs.Panel value="events">
          <AdminEvents />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          <AdminPeople me={me.data} />
        </Tabs.Panel>
      </Tabs>
    </PageContainer>
  );
}
