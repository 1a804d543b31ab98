import { Alert, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { EventDetail, PublicOutcomes } from "../../app/api-types.ts";
import { useAreaName } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { usePublicOutcomes } from "./data.ts";

/** Deal values stand publicly only behind at least this many contracts (the server's rule). */
const PUBLIC_VALUE_MINIMUM_DEALS = 3;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text fz={28} fw={800} lh={1.1} style={{ fontVariantNumeric: "tabular-nums" }}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

function OutcomeFigures({ outcomes }: { outcomes: PublicOutcomes }) {
  const { t } = useTranslation();
  const format = useFormat();
  const areaName = useAreaName();
  const usd = (value: string | null, compact = true) =>
    value === null ? "—" : format.money(Number(value), "USD", compact);
  const domains = outcomes.byDomain.filter((row) => row.pairs > 0);
  const anyHidden = outcomes.valueUsd === null || domains.some((row) => row.valueUsd === null);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: outcomes.valueUsd === null ? 4 : 5 }} spacing="md">
        <Figure
          label={t("outcomes.headline.pairs")}
          value={format.integer(outcomes.pairs)}
          testId="public-pairs"
        />
        <Figure
          label={t("outcomes.headline.meetings")}
          value={format.integer(outcomes.meetings)}
          testId="public-meetings"
        />
        <Figure
          label={t("outcomes.headline.intentions")}
          value={format.integer(outcomes.intentions)}
          testId="public-intentions"
        />
        <Figure
          label={t("outcomes.headline.contracts")}
          value={format.integer(outcomes.contracts)}
          testId="public-contracts"
        />
        {outcomes.valueUsd !== null ? (
          <Figure
            label={t("outcomes.headline.value")}
            value={usd(outcomes.valueUsd)}
            testId="public-value"
          />
        ) : null}
      </SimpleGrid>
      {domains.length > 0 ? (
        <div className="cm-table-scroll">
          <Table verticalSpacing={6} fz="sm" data-testid="public-by-domain">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("fields.domains")}</Table.Th>
                <Table.Th ta="right">{t("outcomes.stages.pairs")}</Table.Th>
                <Table.Th ta="right">{t("outcomes.stages.contracts")}</Table.Th>
                <Table.Th ta="right">{t("outcomes.valueUsd")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {domains.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    {row.key === "unspecified" ? t("outcomes.unspecified") : areaName(row.key)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                    {format.integer(row.pairs)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                    {format.integer(row.contracts)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                    {usd(row.valueUsd)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      {anyHidden ? (
        <Alert
          variant="light"
          color="gray"
          icon={<IconInfoCircle size={18} aria-hidden />}
          p="sm"
          data-testid="public-value-hidden"
        >
          <Text size="sm">
            {t("outcomes.publicValueHidden", { minimum: PUBLIC_VALUE_MINIMUM_DEALS })}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** "Outcomes": what the edition's connections led to, as anyone may see it. */
export function EventOutcomes({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const outcomes = usePublicOutcomes(event.slug, event.status !== "draft");
  // Drafts have no public figures, and a failed request is no reason to break the page.
  if (event.status === "draft" || outcomes.isError) return null;
  return (
    <Card component="section" aria-labelledby="event-outcomes-title" data-testid="event-outcomes">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="event-outcomes-title">
          {t("outcomes.publicTitle")}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t("outcomes.publicHint")}
      </Text>
      {outcomes.isPending ? (
        <Text size="sm" c="dimmed">
          {t("common.loading")}
        </Text>
      ) : outcomes.data.pairs === 0 ? (
        <Text size="sm" c="dimmed" data-testid="public-none">
          {t("outcomes.publicNone")}
        </Text>
      ) : (
        <OutcomeFigures outcomes={outcomes.data} />
      )}
    </Card>
  );
}
