import { Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { LogoMark } from "../../components/logo.tsx";
import { usePageTitle } from "../../components/page-header.tsx";

/** The centred card that frames the sign-in and sign-up forms. */
export function AuthCard({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Center py={{ base: 32, sm: 64 }} px="md">
      <Stack w="100%" maw={440} gap="lg">
        <Stack gap={6} align="center" ta="center">
          <LogoMark size={44} />
          <Title order={1} fz={28}>
            {title}
          </Title>
          <Text c="dimmed">{subtitle}</Text>
        </Stack>
        <Paper withBorder shadow="sm" p={{ base: "lg", sm: 32 }} radius="lg">
          {children}
        </Paper>
        <Text ta="center" size="sm">
          {footer}
        </Text>
      </Stack>
    </Center>
  );
}
