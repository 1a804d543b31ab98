import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Skeleton,
  Table,
  Tabs,
  Text,
  Tooltip,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconBulb,
  IconChevronDown,
  IconEdit,
  IconFileImport,
  IconInfoCircle,
  IconLock,
  IconPlus,
  IconReportAnalytics,
  IconTargetArrow,
} from "@tabler/icons-react";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../../app/api.ts";
import type { Challenge, Me, Page, Visibility } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { ChallengeStatusBadge, VisibilityBadge } from "../../components/item-badges.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useOrganizationCases } from "../cases/data.ts";
import { useOrganizationChallenges } from "../challenges/data.ts";
import { useCloseChallenge } from "../challenges/mutations.ts";
import { useOrganizationSolutions } from "../solutions/data.ts";

interface Row {
  id: string;
  slug: string;
  title: string;
  visibility: Visibility;
  updatedAt: string;
}

function CloseButton({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const closeChallenge = useCloseChallenge();
  return (
    <>
      <Tooltip label={t("challenge.close")}>
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={open}
          aria-label={t("myOrganization.closeNamed", { title: challenge.title })}
        >
          <IconLock size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <ConfirmModal
        opened={opened}
        title={t("challenge.closeTitle")}
        message={t("challenge.closeConfirm", { title: challenge.title })}
        confirmLabel={t("challenge.close")}
        loading={closeChallenge.isPending}
        error={
          isApiError(closeChallenge.error, "conflict")
            ? new Error(t("conflict.closeStale"))
            : closeChallenge.error
        }
        onClose={() => {
          closeChallenge.reset();
          close();
        }}
        onConfirm={() =>
          closeChallenge.mutate(
            { id: challenge.id, version: challenge.version },
            {
              onSuccess: () => {
                close();
                notifications.show({ color: "civic", message: t("challenge.closed") });
              },
            },
          )
        }
      />
    </>
  );
}

function ItemTable<T extends Row>({
  query,
  basePath,
  empty,
  status,
  actions,
  testId,
}: {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  basePath: string;
  empty: string;
  status?: (item: T) => ReactNode;
  actions?: (item: T) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (query.isPending) return <Skeleton height={200} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Text c="dimmed" p="lg">
        {empty}
      </Text>
    );
  }
  return (
    <>
      <div className="cm-table-scroll">
        <Table verticalSpacing="sm" horizontalSpacing="md" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("fields.itemTitle")}</Table.Th>
              {status ? <Table.Th>{t("fields.challengeStatus")}</Table.Th> : null}
              <Table.Th>{t("fields.visibility")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("myOrganization.updated")}</Table.Th>
              <Table.Th ta="right">{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td miw={200} maw={420}>
                  <Anchor component={Link} to={`${basePath}/${item.slug}`} fw={600} size="sm">
                    {item.title}
                  </Anchor>
                </Table.Td>
                {status ? <Table.Td>{status(item)}</Table.Td> : null}
                <Table.Td>
                  <VisibilityBadge visibility={item.visibility} />
                </Table.Td>
                <Table.Td visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm" c="dimmed">
                    {format.date(item.updatedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={t("common.edit")}>
                      <ActionIcon
                        component={Link}
                        to={`${basePath}/${item.slug}/edit`}
                        variant="subtle"
                        aria-label={t("common.editNamed", { name: item.title })}
                      >
                        <IconEdit size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    {actions?.(item)}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {query.hasNextPage ? (
        <Group justify="center" p="md">
          <Button
            variant="light"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </Button>
        </Group>
      ) : null}
    </>
  );
}

function CreateMenu() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t("myOrganization.create")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component={Link}
          to="/challenges/new"
          leftSection={<IconTargetArrow size={16} aria-hidden />}
        >
          {t("challenges.new")}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/solutions/new"
          leftSection={<IconBulb size={16} aria-hidden />}
        >
          {t("solutions.new")}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/cases/new"
          leftSection={<IconReportAnalytics size={16} aria-hidden />}
        >
          {t("cases.new")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function TabLabel({ label, count }: { label: string; count: number | undefined }) {
  const format = useFormat();
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <span>{label}</span>
      {count === undefined ? null : (
        <Badge size="sm" variant="light" color="gray">
          {format.integer(count)}
        </Badge>
      )}
    </Group>
  );
}

function OrganizationItems({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organization = me.organization;
  const organizationId = organization?.id;
  const challenges = useOrganizationChallenges(organizationId);
  const solutions = useOrganizationSolutions(organizationId);
  const cases = useOrganizationCases(organizationId);
  const [tab, setTab] = useState<string | null>("challenges");

  if (!organization) {
    return (
      <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} aria-hidden />}>
        {t("myOrganization.none")}
      </Alert>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={t("myOrganization.eyebrow")}
        title={organization.name}
        documentTitle={t("myOrganization.title")}
        description={
          <Anchor component={Link} to={`/organizations/${organization.slug}`} size="md">
            {t("myOrganization.profile")}
          </Anchor>
        }
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to="/import"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t("myOrganization.import")}
            </Button>
            <CreateMenu />
          </>
        }
      />
      <Text size="sm" c="dimmed" mb="md">
        {t("myOrganization.hint")}
      </Text>
      <Card p={0}>
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List px="md" pt="xs">
            <Tabs.Tab value="challenges" leftSection={<IconTargetArrow size={16} aria-hidden />}>
              <TabLabel
                label={t("itemTypesPlural.challenge")}
                count={challenges.data?.pages[0]?.total}
              />
            </Tabs.Tab>
            <Tabs.Tab value="solutions" leftSection={<IconBulb size={16} aria-hidden />}>
              <TabLabel
                label={t("itemTypesPlural.solution")}
                count={solutions.data?.pages[0]?.total}
              />
            </Tabs.Tab>
            <Tabs.Tab value="cases" leftSection={<IconReportAnalytics size={16} aria-hidden />}>
              <TabLabel label={t("itemTypesPlural.case")} count={cases.data?.pages[0]?.total} />
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="challenges">
            <ItemTable
              query={challenges}
              basePath="/challenges"
              empty={t("myOrganization.noChallenges")}
              testId="my-challenges"
              status={(challenge) => <ChallengeStatusBadge status={challenge.status} />}
              actions={(challenge) =>
                challenge.status !== "closed" ? <CloseButton challenge={challenge} /> : null
              }
            />
          </Tabs.Panel>
          <Tabs.Panel value="solutions">
            <ItemTable
              query={solutions}
              basePath="/solutions"
              empty={t("myOrganization.noSolutions")}
              testId="my-solutions"
            />
          </Tabs.Panel>
          <Tabs.Panel value="cases">
            <ItemTable
              query={cases}
              basePath="/cases"
              empty={t("myOrganization.noCases")}
              testId="my-cases"
            />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </>
  );
}

export function MyOrganizationPage() {
  return (
    <PageContainer>
      <SignedIn>{(me) => <OrganizationItems me={me} />}</SignedIn>
    </PageContainer>
  );
}
