import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Card,
  Group,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconBell,
  IconBellOff,
  IconBookmark,
  IconBookmarkOff,
  IconSparkles,
} from "@tabler/icons-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { SavedItem, SavedKind } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { ItemTypeBadge } from "../../components/item-badges.tsx";
import { ITEM_PATHS, itemPath } from "../../components/item-links.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { useSaveToggle } from "../../components/save-buttons.tsx";
import { useSavedItems } from "../../components/saved-items.ts";
import { SignedIn } from "../../components/signed-in.tsx";
import { useFormat } from "../../components/use-format.ts";

/** The tabs, as they appear in the address (`?tab=following`). */
const TABS: Record<SavedKind, string> = { bookmark: "bookmarks", follow: "following" };

function kindOfTab(tab: string | null): SavedKind {
  return tab === TABS.follow ? "follow" : "bookmark";
}

function isUpdated(item: SavedItem): boolean {
  return item.kind === "follow" && Date.parse(item.updatedAt) > Date.parse(item.savedAt);
}

function EmptyState({ kind }: { kind: SavedKind }) {
  const { t } = useTranslation();
  const Icon = kind === "bookmark" ? IconBookmark : IconBell;
  return (
    <Stack align="center" gap="xs" py={48} px="md" ta="center" data-testid={`saved-empty-${kind}`}>
      <ThemeIcon variant="light" color="dusk" size={48} radius="xl" aria-hidden>
        <Icon size={24} />
      </ThemeIcon>
      <Title order={2} size="h4" mt="xs">
        {t(`saved.empty.${kind}Title`)}
      </Title>
      <Text c="dimmed" maw={460}>
        {t(`saved.empty.${kind}Text`)}
      </Text>
      <Group gap="md" mt="xs" justify="center">
        <Anchor component={Link} to={ITEM_PATHS.challenge} fw={600}>
          {t("nav.challenges")}
        </Anchor>
        <Anchor component={Link} to={ITEM_PATHS.solution} fw={600}>
          {t("nav.solutions")}
        </Anchor>
        <Anchor component={Link} to={ITEM_PATHS.case} fw={600}>
          {t("nav.cases")}
        </Anchor>
      </Group>
    </Stack>
  );
}

function SavedTable({ kind, items }: { kind: SavedKind; items: SavedItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toggle = useSaveToggle();
  const tableRef = useRef<HTMLTableElement>(null);
  const RemoveIcon = kind === "bookmark" ? IconBookmarkOff : IconBellOff;

  const remove = (item: SavedItem, button: HTMLElement) => {
    // The row goes away: keep keyboard focus in the list (the next row, else the tab).
    const buttons = [...(tableRef.current?.querySelectorAll<HTMLElement>("[data-remove]") ?? [])];
    const index = buttons.indexOf(button);
    const next = buttons[index + 1] ?? buttons[index - 1];
    const { kind: _kind, savedAt: _savedAt, ...rest } = item;
    toggle({ kind, item: rest, saved: false });
    if (next) next.focus();
    else document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    notifications.show({
      color: "civic",
      message: t(`saved.removed.${kind}`, { title: item.title }),
    });
  };

  return (
    <div className="cm-table-scroll">
      <Table
        verticalSpacing="sm"
        horizontalSpacing="md"
        ref={tableRef}
        data-testid={`saved-${kind}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("fields.itemTitle")}</Table.Th>
            <Table.Th visibleFrom="sm">{t(`saved.savedOn.${kind}`)}</Table.Th>
            <Table.Th ta="right">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.type}:${item.id}`}>
              <Table.Td miw={220}>
                <Stack gap={4}>
                  <Group gap="xs" wrap="wrap">
                    <ItemTypeBadge type={item.type} size="sm" />
                    {isUpdated(item) ? (
                      <Badge
                        size="sm"
                        variant="light"
                        color="orange"
                        tt="none"
                        leftSection={<IconSparkles size={12} aria-hidden />}
                        title={format.dateTime(item.updatedAt)}
                      >
                        {t("saved.updatedSince")}
                      </Badge>
                    ) : null}
                  </Group>
                  <Anchor
                    component={Link}
                    to={itemPath(item.type, item.slug)}
                    fw={600}
                    style={{ overflowWrap: "anywhere" }}
                  >
                    {item.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {item.organizationName}
                    <Text span hiddenFrom="sm" inherit>
                      {" · "}
                      <span style={{ whiteSpace: "nowrap" }}>{format.date(item.savedAt)}</span>
                    </Text>
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
                <Text size="sm" c="dimmed">
                  {format.date(item.savedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end" wrap="nowrap">
                  <Tooltip label={t(`saved.remove.${kind}`)}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      data-remove
                      aria-label={t(`saved.removeNamed.${kind}`, { title: item.title })}
                      onClick={(event) => remove(item, event.currentTarget)}
                    >
                      <RemoveIcon size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
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

function SavedLists() {
  const { t } = useTranslation();
  const saved = useSavedItems();
  const [params, setParams] = useSearchParams();
  const kind = kindOfTab(params.get("tab"));
  const byKind = (wanted: SavedKind) => saved.data?.items.filter((item) => item.kind === wanted);

  const panel = (panelKind: SavedKind) => {
    if (saved.isPending) return <Skeleton height={200} m="md" />;
    if (saved.isError) {
      return (
        <Box p="md">
          <ErrorAlert error={saved.error} onRetry={() => void saved.refetch()} />
        </Box>
      );
    }
    const items = byKind(panelKind) ?? [];
    return items.length === 0 ? (
      <EmptyState kind={panelKind} />
    ) : (
      <SavedTable kind={panelKind} items={items} />
    );
  };

  return (
    <>
      <PageHeader title={t("saved.title")} description={t("saved.description")} />
      <Card p={0}>
        <Tabs
          value={TABS[kind]}
          onChange={(value) =>
            setParams(value === TABS.follow ? { tab: TABS.follow } : {}, { replace: true })
          }
        >
          <Tabs.List px="md" pt="xs">
            <Tabs.Tab value={TABS.bookmark} leftSection={<IconBookmark size={16} aria-hidden />}>
              <TabLabel label={t("saved.tabs.bookmark")} count={byKind("bookmark")?.length} />
            </Tabs.Tab>
            <Tabs.Tab value={TABS.follow} leftSection={<IconBell size={16} aria-hidden />}>
              <TabLabel label={t("saved.tabs.follow")} count={byKind("follow")?.length} />
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value={TABS.bookmark}>{panel("bookmark")}</Tabs.Panel>
          <Tabs.Panel value={TABS.follow}>{panel("follow")}</Tabs.Panel>
        </Tabs>
      </Card>
    </>
  );
}

export function SavedPage() {
  return (
    <PageContainer>
      <SignedIn>{() => <SavedLists />}</SignedIn>
    </PageContainer>
  );
}
