import { Button, Card, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";

export interface InfiniteList {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}

/** The frame every admin list shares: toolbar, table, empty state, "Load more". */
export function AdminTable({
  toolbar,
  head,
  rows,
  rowCount,
  total,
  list,
  empty,
  testId,
}: {
  toolbar: ReactNode;
  head: ReactNode;
  rows: ReactNode;
  rowCount: number;
  total: number;
  list: InfiniteList;
  empty: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card p={0}>
      <Group justify="space-between" p="md" gap="sm" align="flex-end">
        {toolbar}
      </Group>
      {list.isError ? (
        <Stack p="md">
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        </Stack>
      ) : list.isPending ? (
        <Stack p="md" gap="xs">
          <Skeleton height={22} />
          <Skeleton height={22} />
          <Skeleton height={22} />
        </Stack>
      ) : rowCount === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {empty}
        </Text>
      ) : (
        <div className="cm-table-scroll">
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid={testId}>
            <Table.Thead>{head}</Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
        </div>
      )}
      <Group justify="space-between" p="md">
        <Text size="xs" c="dimmed">
          {rowCount > 0
            ? t("common.showing", { shown: format.integer(rowCount), total: format.integer(total) })
            : ""}
        </Text>
        {list.hasNextPage ? (
          <Button
            variant="light"
            size="xs"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
