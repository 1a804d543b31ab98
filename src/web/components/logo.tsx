import { Group, Text } from "@mantine/core";

export function LogoMark({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-civic-7)" />
      <path
        d="M7 23V13l5-3v13M14 23V8l6 3v12M22 23v-8l4 2v6"
        fill="none"
        stroke="#fff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <circle cx="24" cy="9" r="2.5" fill="#fbbf24" />
    </svg>
  );
}

export function Logo() {
  return (
    <Group gap={10} wrap="nowrap">
      <LogoMark />
      <Text fw={800} fz={21} c="dusk.9" style={{ letterSpacing: "-0.02em" }}>
        citymatch
      </Text>
    </Group>
  );
}
