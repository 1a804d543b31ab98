import { Card, Skeleton, Text, Timeline, Title } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import type { ItemVersion } from "../app/api-types.ts";
import { ErrorAlert } from "./errors.tsx";
import { useFormat } from "./use-format.ts";

/**
 * Who saved which version of a challenge, solution or case, newest first. The API
 * answers editors only, so render this only when the item says `canEdit`.
 */
export function VersionHistory({
  path,
  queryKey,
}: {
  /** e.g. `/challenges/<id>/versions` */
  path: string;
  queryKey: readonly unknown[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useQuery({
    queryKey: [...queryKey, "versions"],
    queryFn: ({ signal }) => api.get<{ items: ItemVersion[] }>(path, undefined, signal),
  });
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);
  return (
    <Card>
      <Title order={2} size="h5" mb="md">
        {t("versions.title")}
      </Title>
      {versions.isPending ? (
        <Skeleton height={80} />
      ) : versions.isError ? (
        <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("versions.none")}
        </Text>
      ) : (
        <Timeline active={0} bulletSize={22} lineWidth={2} data-testid="version-history">
          {items.map((version) => (
            <Timeline.Item
              key={version.version}
              bullet={<IconHistory size={12} aria-hidden />}
              title={
                <Text size="sm" fw={600}>
                  {t("versions.version", { version: version.version })}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {t("versions.changed", {
                  name: version.changedBy?.name ?? t("versions.unknownPerson"),
                  when: format.dateTime(version.changedAt),
                })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
