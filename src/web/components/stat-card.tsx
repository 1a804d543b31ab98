import { Group, Paper, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";

export function StatCard({
  label,
  value,
  icon,
  color = "civic",
  testId,
}: {
  label: string;
  value: string;
  icon: ReactNode;
  color?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="lg" radius="lg" shadow="xs" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed" fw={600}>
            {label}
          </Text>
          <Text fz={30} fw={750} lh={1.2} mt={4} style={{ fontVariantNumeric: "tabular-nums" }}>
            {value}
          </Text>
        </div>
        <ThemeIcon size={44} radius="md" variant="light" color={color} aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
