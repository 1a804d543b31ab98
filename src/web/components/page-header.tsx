import { Group, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import type { ReactNode } from "react";

export function usePageTitle(title: string | null | undefined): void {
  useDocumentTitle(title ? `${title} · citymatch` : "");
}

export interface PageHeaderProps {
  title: ReactNode;
  /** Plain-text title for the browser tab when `title` is not a string. */
  documentTitle?: string;
  description?: ReactNode;
  eyebrow?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({
  title,
  documentTitle,
  description,
  eyebrow,
  actions,
}: PageHeaderProps) {
  usePageTitle(documentTitle ?? (typeof title === "string" ? title : null));
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="xl" wrap="wrap">
      <Stack gap={6} style={{ minWidth: 0, flex: "1 1 320px" }}>
        {eyebrow ? (
          <Text size="sm" fw={600} c="civic.8" tt="uppercase" style={{ letterSpacing: "0.04em" }}>
            {eyebrow}
          </Text>
        ) : null}
        <Title order={1} fz={{ base: 26, sm: 34 }} lh={1.15} style={{ overflowWrap: "anywhere" }}>
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="lg" maw={760}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
