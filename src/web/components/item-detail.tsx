import { Anchor, Card, Group, Stack, Text, ThemeIcon, Title, VisuallyHidden } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DomainBadges, SdgTiles } from "./item-badges.tsx";

/** One labelled fact in a detail page's side card (budget, city, TRL…). */
export function Fact({
  icon,
  label,
  children,
}: {
  icon: ReactNode;
  label: string;
  children: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" color="dusk" size={34} radius="md" aria-hidden>
        {icon}
      </ThemeIcon>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.04em" }}>
          {label}
        </Text>
        <Text size="sm" fw={600} component="div" style={{ overflowWrap: "anywhere" }}>
          {children}
        </Text>
      </div>
    </Group>
  );
}

export function FactList({ children }: { children: ReactNode }) {
  return <Stack gap="md">{children}</Stack>;
}

export function SectionCard({
  title,
  children,
  testId,
  hideTitle = false,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  /** For Markdown that brings its own headings: the title stays for screen readers only. */
  hideTitle?: boolean;
}) {
  const heading = (
    <Title order={2} size="h4" mb="sm">
      {title}
    </Title>
  );
  return (
    <Card component="section" data-testid={testId}>
      {hideTitle ? <VisuallyHidden>{heading}</VisuallyHidden> : heading}
      {children}
    </Card>
  );
}

/** Areas (congress domains), goals (SDGs) and tags of an item. */
export function ClassificationCard({
  domains,
  sdgs,
  tags,
}: {
  domains: string[];
  sdgs: number[];
  tags: string[];
}) {
  const { t } = useTranslation();
  if (domains.length === 0 && sdgs.length === 0 && tags.length === 0) return null;
  return (
    <SectionCard title={t("item.classification")}>
      <Stack gap="md">
        {domains.length > 0 ? (
          <div>
            <Text fw={600} size="sm" mb={6}>
              {t("fields.domains")}
            </Text>
            <DomainBadges domains={domains} size="md" />
          </div>
        ) : null}
        {sdgs.length > 0 ? (
          <div>
            <Text fw={600} size="sm" mb={6}>
              {t("item.sdgs")}
            </Text>
            <SdgTiles sdgs={sdgs} />
          </div>
        ) : null}
        {tags.length > 0 ? (
          <div>
            <Text fw={600} size="sm" mb={6}>
              {t("item.tags")}
            </Text>
            <Text size="sm" c="dimmed">
              {tags.map((tag) => `#${tag}`).join("  ")}
            </Text>
          </div>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm" inherit>
      <Group gap={4} component="span" wrap="nowrap" display="inline-flex">
        <span style={{ overflowWrap: "anywhere" }}>{children}</span>
        <IconExternalLink size={14} aria-hidden style={{ flexShrink: 0 }} />
      </Group>
    </Anchor>
  );
}

export function InternalLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} inherit>
      {children}
    </Anchor>
  );
}
