import { Group, Table, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconSelector } from "@tabler/icons-react";
import type { ReactNode } from "react";

export interface SortableThProps<S extends string> {
  children: ReactNode;
  /** The ascending sort key (`name`); descending is the same key with a leading `-`. */
  field: string;
  sort: S;
  onSort: (sort: S) => void;
  /** Direction chosen on the first click (numbers read best largest-first). */
  firstDirection?: "asc" | "desc";
  ta?: "left" | "right";
  visibleFrom?: "xs" | "sm" | "md";
}

export function SortableTh<S extends string>({
  children,
  field,
  sort,
  onSort,
  firstDirection = "asc",
  ta = "left",
  visibleFrom,
}: SortableThProps<S>) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const next = (
    active ? (descending ? field : `-${field}`) : firstDirection === "asc" ? field : `-${field}`
  ) as S;
  const Icon = active ? (descending ? IconChevronDown : IconChevronUp) : IconSelector;
  return (
    <Table.Th
      aria-sort={active ? (descending ? "descending" : "ascending") : "none"}
      visibleFrom={visibleFrom}
      style={{ whiteSpace: "nowrap" }}
    >
      <UnstyledButton
        onClick={() => onSort(next)}
        className="cm-row-link"
        style={{ borderRadius: 4, width: ta === "right" ? "100%" : undefined }}
      >
        <Group gap={4} justify={ta === "right" ? "flex-end" : "flex-start"} wrap="nowrap">
          <Text fw={700} size="sm">
            {children}
          </Text>
          <Icon size={14} aria-hidden stroke={active ? 2.4 : 1.6} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
