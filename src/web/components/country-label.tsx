import { Group, Text, type TextProps } from "@mantine/core";
import { flagEmoji } from "./countries.ts";
import { useFormat } from "./use-format.ts";

export function CountryLabel({ code, ...props }: { code: string } & TextProps) {
  const format = useFormat();
  return (
    <Group gap={6} wrap="nowrap" component="span" style={{ display: "inline-flex" }}>
      <span aria-hidden="true">{flagEmoji(code)}</span>
      <Text span inherit {...props}>
        {format.country(code)}
      </Text>
    </Group>
  );
}
