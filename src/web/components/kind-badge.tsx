import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventStatus, OrganizationKind } from "../app/api-types.ts";

export const KIND_COLORS: Record<OrganizationKind, string> = {
  "city-government": "civic",
  company: "dusk",
  startup: "grape",
  university: "blue",
  investor: "yellow",
  association: "teal",
  "international-organization": "cyan",
};

export function KindBadge({ kind, ...props }: { kind: OrganizationKind } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={KIND_COLORS[kind]} style={{ flexShrink: 0 }} {...props}>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

const STATUS_COLORS: Record<EventStatus, string> = {
  draft: "gray",
  published: "green",
  archived: "dark",
};

export function StatusBadge({ status, ...props }: { status: EventStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} {...props}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
