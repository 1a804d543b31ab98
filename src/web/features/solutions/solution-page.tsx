import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import {
  IconBuildingCommunity,
  IconCertificate,
  IconEdit,
  IconLanguage,
  IconLink,
  IconReceipt,
  IconWorld,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  CONTINENTS,
  type Continent,
  type Recommendation,
  type SolutionDetail,
  type Trl,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ConnectButton } from "../../components/connect-button.tsx";
import { itemConnectTarget, matchConnectTarget } from "../../components/connections.ts";
import { flagEmoji, languageName } from "../../components/countries.ts";
import { HtmlContent } from "../../components/html-content.tsx";
import { VisibilityBadge } from "../../components/item-badges.tsx";
import {
  ClassificationCard,
  ExternalLink,
  Fact,
  FactList,
  InternalLink,
  SectionCard,
} from "../../components/item-detail.tsx";
import { SOLUTIONS_KEY } from "../../components/item-queries.ts";
import { MATCHES_MAX } from "../../components/matches.ts";
import { MatchesPanel, OwnMatchesPanel } from "../../components/matches-panel.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SaveButtons } from "../../components/save-buttons.tsx";
import { useFormat } from "../../components/use-format.ts";
import { VersionHistory } from "../../components/version-history.tsx";
import { useSolution, useSolutionMatches } from "./data.ts";

/** TRL 1–9 as a filled bar with the level's meaning. */
export function TrlMeter({ trl }: { trl: number }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="trl-meter">
      <Group justify="space-between" mb={6}>
        <Title order={2} size="h5">
          {t("trl.title")}
        </Title>
        <Badge variant="filled" color="indigo" size="lg">
          {t("trl.short", { level: trl })}
        </Badge>
      </Group>
      <Progress.Root size="lg" aria-hidden>
        {Array.from({ length: 9 }, (_, index) => (
          <Progress.Section
            // biome-ignore lint/suspicious/noArrayIndexKey: the nine levels are fixed
            key={index}
            value={100 / 9}
            color={index < trl ? "indigo" : "gray.2"}
            style={{ borderRight: index < 8 ? "2px solid white" : undefined }}
          />
        ))}
      </Progress.Root>
      <Text size="sm" mt="sm">
        {trl >= 1 && trl <= 9 ? t(`trl.levels.${trl as Trl}`) : null}
      </Text>
    </Card>
  );
}

function SolutionView({ solution }: { solution: SolutionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useSolutionMatches(solution.id);
  const me = useMe();
  const ownId = me.data?.organization?.id ?? null;
  // A city's own challenges may rank below the few the panel shows: look further.
  const ownMatches = useSolutionMatches(
    ownId && ownId !== solution.organization.id ? solution.id : undefined,
    MATCHES_MAX,
  );
  const connectAbout = (recommendation: Recommendation) => (
    <ConnectButton
      size="compact-sm"
      variant="light"
      target={matchConnectTarget(
        ownId,
        {
          challenge: {
            id: recommendation.item.id,
            title: recommendation.item.title,
            organization: recommendation.item.organization,
          },
          solution,
        },
        "challenge",
      )}
    />
  );
  const deployments = [...solution.deployments].sort((a, b) => b.year - a.year);
  return (
    <>
      <PageHeader
        eyebrow={t("itemTypes.solution")}
        title={solution.title}
        documentTitle={solution.title}
        description={solution.summary || null}
        actions={
          <>
            <SaveButtons
              item={{
                type: "solution",
                id: solution.id,
                slug: solution.slug,
                title: solution.title,
                organizationName: solution.organization.name,
                updatedAt: solution.updatedAt,
              }}
            />
            <ConnectButton target={itemConnectTarget(ownId, "solution", solution)} />
            {solution.canEdit ? (
              <Button
                component={Link}
                to={`/solutions/${solution.slug}/edit`}
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {t("common.edit")}
              </Button>
            ) : null}
          </>
        }
      />
      {solution.visibility !== "public" ? (
        <Group gap="xs" mt={-16} mb="xl">
          <VisibilityBadge visibility={solution.visibility} />
        </Group>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SectionCard title={t("solution.description")} hideTitle>
              {solution.descriptionHtml ? (
                <HtmlContent html={solution.descriptionHtml} />
              ) : (
                <Text c="dimmed">{t("item.noDescription")}</Text>
              )}
            </SectionCard>
            <Card p={0} component="section">
              <Title order={2} size="h4" p="lg" pb="sm">
                {t("solution.deployments")}
              </Title>
              {deployments.length === 0 ? (
                <Text c="dimmed" px="lg" pb="lg">
                  {t("solution.noDeployments")}
                </Text>
              ) : (
                <div className="cm-table-scroll">
                  <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="deployments">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("fields.city")}</Table.Th>
                        <Table.Th>{t("fields.year")}</Table.Th>
                        <Table.Th>{t("fields.outcome")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {deployments.map((deployment, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: deployments have no id
                        <Table.Tr key={index}>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {deployment.cityId ? (
                                <Anchor
                                  component={Link}
                                  to={`/cities/${deployment.cityId}`}
                                  inherit
                                >
                                  {deployment.cityName}
                                </Anchor>
                              ) : (
                                deployment.cityName
                              )}
                            </Text>
                            <Text size="xs" c="dimmed">
                              <span aria-hidden="true">{flagEmoji(deployment.country)} </span>
                              {format.country(deployment.country)}
                            </Text>
                          </Table.Td>
                          <Table.Td style={{ fontVariantNumeric: "tabular-nums" }}>
                            {deployment.year}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{deployment.outcome || "—"}</Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              )}
            </Card>
            {solution.cases.length > 0 ? (
              <SectionCard title={t("solution.cases")}>
                <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {solution.cases.map((item) => (
                    <li key={item.id}>
                      <Anchor component={Link} to={`/cases/${item.slug}`} fw={600}>
                        {item.title}
                      </Anchor>
                    </li>
                  ))}
                </Stack>
              </SectionCard>
            ) : null}
            <ClassificationCard
              domains={solution.domains}
              sdgs={solution.sdgs}
              tags={solution.tags}
            />
            {ownId ? (
              <OwnMatchesPanel
                title={t("matches.ownChallenges")}
                hint={t("matches.ownChallengesHint")}
                query={ownMatches}
                organizationId={ownId}
                renderAction={connectAbout}
                testId="solution-own-matches"
              />
            ) : null}
            <MatchesPanel
              title={t("matches.forSolution")}
              hint={t("matches.forSolutionHint")}
              emptyHint={t("matches.emptySolutionHint")}
              query={matches}
              testId="solution-matches"
              renderAction={connectAbout}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <TrlMeter trl={solution.trl} />
            <Card>
              <FactList>
                <Fact icon={<IconBuildingCommunity size={18} />} label={t("item.providedBy")}>
                  <InternalLink to={`/organizations/${solution.organization.slug}`}>
                    {solution.organization.name}
                  </InternalLink>
                  <Text size="xs" c="dimmed" fw={400}>
                    <span aria-hidden="true">{flagEmoji(solution.organization.country)} </span>
                    {format.country(solution.organization.country)}
                  </Text>
                </Fact>
                <Fact icon={<IconReceipt size={18} />} label={t("fields.priceModel")}>
                  {t(`priceModels.${solution.priceModel}`)}
                </Fact>
                {solution.regionsServed.length > 0 ? (
                  <Fact icon={<IconWorld size={18} />} label={t("fields.regionsServed")}>
                    {format.list(
                      solution.regionsServed.map((code) =>
                        (CONTINENTS as readonly string[]).includes(code)
                          ? t(`continents.${code as Continent}`)
                          : code,
                      ),
                    )}
                  </Fact>
                ) : null}
                {solution.languages.length > 0 ? (
                  <Fact icon={<IconLanguage size={18} />} label={t("fields.languagesSupported")}>
                    {format.list(
                      solution.languages.map((code) => languageName(code, format.locale)),
                    )}
                  </Fact>
                ) : null}
                {solution.certifications.length > 0 ? (
                  <Fact icon={<IconCertificate size={18} />} label={t("fields.certifications")}>
                    <Group gap={6} mt={2}>
                      {solution.certifications.map((certification) => (
                        <Badge key={certification} variant="light" color="gray" tt="none">
                          {certification}
                        </Badge>
                      ))}
                    </Group>
                  </Fact>
                ) : null}
                {solution.mediaLinks.length > 0 ? (
                  <Fact icon={<IconLink size={18} />} label={t("fields.mediaLinks")}>
                    <Stack gap={2}>
                      {solution.mediaLinks.map((link) => (
                        <ExternalLink key={link} href={link}>
                          {link.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                        </ExternalLink>
                      ))}
                    </Stack>
                  </Fact>
                ) : null}
              </FactList>
            </Card>
            {solution.canEdit ? (
              <VersionHistory
                path={`/solutions/${solution.id}/versions`}
                queryKey={[...SOLUTIONS_KEY, "detail", solution.slug]}
              />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function SolutionPage() {
  const { slug } = useParams();
  const solution = useSolution(slug);
  return (
    <PageContainer>
      <QueryState query={solution}>{(data) => <SolutionView solution={data} />}</QueryState>
    </PageContainer>
  );
}
