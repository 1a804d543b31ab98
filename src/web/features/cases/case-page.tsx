import {
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import {
  IconArrowRight,
  IconBuildingBank,
  IconCalendarEvent,
  IconCash,
  IconEdit,
  IconMapPin,
  IconTrendingDown,
  IconTrendingUp,
  IconUsersGroup,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  type CaseDetail,
  type Kpi,
  ORGANIZATION_KINDS,
  type OrganizationKind,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { flagEmoji } from "../../components/countries.ts";
import { HtmlContent } from "../../components/html-content.tsx";
import { VisibilityBadge } from "../../components/item-badges.tsx";
import {
  ClassificationCard,
  Fact,
  FactList,
  InternalLink,
  SectionCard,
} from "../../components/item-detail.tsx";
import { CASES_KEY } from "../../components/item-queries.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SaveButtons } from "../../components/save-buttons.tsx";
import { useFormat } from "../../components/use-format.ts";
import { VersionHistory } from "../../components/version-history.tsx";
import { useCase } from "./data.ts";

function KpiCard({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change =
    kpi.baseline !== null && kpi.baseline !== 0
      ? ((kpi.result - kpi.baseline) / Math.abs(kpi.baseline)) * 100
      : null;
  const up = kpi.baseline !== null && kpi.result > kpi.baseline;
  // Whether a rise is good depends on the indicator, so the change is shown in a neutral colour.
  return (
    <Card padding="md" data-testid="kpi-card">
      <Stack gap={4} h="100%">
        <Text size="sm" fw={700} lh={1.3}>
          {kpi.metric}
        </Text>
        <Group gap={6} align="baseline" mt="auto" wrap="nowrap">
          <VisuallyHidden component="span">{t("case.result")}</VisuallyHidden>
          <Text
            fz={28}
            fw={800}
            lh={1.1}
            c="civic.8"
            style={{ fontVariantNumeric: "tabular-nums" }}
          >
            {format.decimal(kpi.result)}
          </Text>
          {kpi.unit ? (
            <Text size="sm" c="dimmed" lh={1.2}>
              {kpi.unit}
            </Text>
          ) : null}
        </Group>
        {kpi.baseline !== null ? (
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
            {t("case.from", { value: format.decimal(kpi.baseline) })}
          </Text>
        ) : null}
        <Group gap={8} justify="space-between" mt={4}>
          {change !== null ? (
            <Group gap={4} c="dusk.7">
              {up ? (
                <IconTrendingUp size={16} aria-hidden />
              ) : (
                <IconTrendingDown size={16} aria-hidden />
              )}
              <Text size="xs" fw={700} inherit>
                {t("case.change", {
                  value: `${change > 0 ? "+" : ""}${format.decimal(Math.round(change))}`,
                })}
              </Text>
            </Group>
          ) : (
            <span />
          )}
          {kpi.year ? (
            <Text size="xs" c="dimmed">
              {t("case.measuredIn", { year: kpi.year })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function isOrganizationKind(kind: string): kind is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind);
}

function CaseView({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period =
    item.startedOn && item.endedOn
      ? format.dayRange(item.startedOn, item.endedOn)
      : item.startedOn
        ? t("case.since", { date: format.day(item.startedOn) })
        : item.endedOn
          ? t("case.until", { date: format.day(item.endedOn) })
          : null;
  return (
    <>
      <PageHeader
        eyebrow={t("itemTypes.case")}
        title={item.title}
        documentTitle={item.title}
        description={item.summary || null}
        actions={
          <>
            <SaveButtons
              item={{
                type: "case",
                id: item.id,
                slug: item.slug,
                title: item.title,
                organizationName: item.organization.name,
                updatedAt: item.updatedAt,
              }}
            />
            {item.canEdit ? (
              <Button
                component={Link}
                to={`/cases/${item.slug}/edit`}
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {t("common.edit")}
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mt={-16} mb="xl">
        {item.visibility !== "public" ? <VisibilityBadge visibility={item.visibility} /> : null}
      </Group>
      {item.kpis.length > 0 ? (
        <section aria-labelledby="case-results" style={{ marginBottom: 24 }}>
          <Title order={2} size="h4" mb="sm" id="case-results">
            {t("case.results")}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {item.kpis.map((kpi, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: KPIs have no id
              <KpiCard key={index} kpi={kpi} />
            ))}
          </SimpleGrid>
        </section>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SectionCard title={t("case.problem")}>
              {item.problemHtml ? (
                <HtmlContent html={item.problemHtml} />
              ) : (
                <Text c="dimmed">{t("item.noDescription")}</Text>
              )}
            </SectionCard>
            <SectionCard title={t("case.approach")}>
              {item.approachHtml ? (
                <HtmlContent html={item.approachHtml} />
              ) : (
                <Text c="dimmed">{t("item.noDescription")}</Text>
              )}
            </SectionCard>
            {item.solutions.length > 0 ? (
              <SectionCard title={t("case.solutions")}>
                <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {item.solutions.map((solution) => (
                    <Group
                      key={solution.id}
                      component="li"
                      gap="sm"
                      wrap="nowrap"
                      align="flex-start"
                    >
                      <ThemeIcon variant="light" color="dusk" size={30} radius="md" aria-hidden>
                        <IconArrowRight size={16} />
                      </ThemeIcon>
                      <div>
                        <Anchor component={Link} to={`/solutions/${solution.slug}`} fw={600}>
                          {solution.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {solution.organizationName}
                        </Text>
                      </div>
                    </Group>
                  ))}
                </Stack>
              </SectionCard>
            ) : null}
            <ClassificationCard domains={item.domains} sdgs={item.sdgs} tags={item.tags} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card>
              <FactList>
                <Fact icon={<IconMapPin size={18} />} label={t("fields.city")}>
                  <InternalLink to={`/cities/${item.city.slug}`}>{item.city.name}</InternalLink>
                  <Text size="xs" c="dimmed" fw={400}>
                    <span aria-hidden="true">{flagEmoji(item.city.country)} </span>
                    {format.country(item.city.country)}
                  </Text>
                </Fact>
                <Fact icon={<IconBuildingBank size={18} />} label={t("case.lead")}>
                  <InternalLink to={`/organizations/${item.organization.slug}`}>
                    {item.organization.name}
                  </InternalLink>
                </Fact>
                <Fact icon={<IconCash size={18} />} label={t("fields.investment")}>
                  {item.investment ? (
                    format.money(item.investment.amount, item.investment.currency)
                  ) : (
                    <Text span c="dimmed" inherit fw={400}>
                      {t("case.notDisclosed")}
                    </Text>
                  )}
                </Fact>
                {period ? (
                  <Fact icon={<IconCalendarEvent size={18} />} label={t("case.period")}>
                    {period}
                  </Fact>
                ) : null}
              </FactList>
            </Card>
            {item.partners.length > 0 ? (
              <Card>
                <Group gap="sm" mb="md">
                  <IconUsersGroup size={20} aria-hidden color="var(--mantine-color-dusk-6)" />
                  <Title order={2} size="h5">
                    {t("case.partners")}
                  </Title>
                </Group>
                <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {item.partners.map((partner) => (
                    <li key={partner.id}>
                      <Anchor
                        component={Link}
                        to={`/organizations/${partner.slug}`}
                        fw={600}
                        size="sm"
                      >
                        {partner.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[
                          partner.role,
                          isOrganizationKind(partner.kind) ? t(`kinds.${partner.kind}`) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </Text>
                    </li>
                  ))}
                </Stack>
              </Card>
            ) : null}
            {item.canEdit ? (
              <VersionHistory
                path={`/cases/${item.id}/versions`}
                queryKey={[...CASES_KEY, "detail", item.slug]}
              />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function CasePage() {
  const { slug } = useParams();
  const item = useCase(slug);
  return (
    <PageContainer>
      <QueryState query={item}>{(data) => <CaseView item={data} />}</QueryState>
    </PageContainer>
  );
}
