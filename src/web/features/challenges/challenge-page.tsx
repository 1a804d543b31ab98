import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconBuildingBank,
  IconCalendarEvent,
  IconCash,
  IconEdit,
  IconLanguage,
  IconListCheck,
  IconLock,
  IconMapPin,
  IconUserCircle,
  IconUsersGroup,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../app/api.ts";
import {
  type ChallengeDetail,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  PROCUREMENT_STAGES,
  type Recommendation,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { ConnectButton } from "../../components/connect-button.tsx";
import { itemConnectTarget, matchConnectTarget } from "../../components/connections.ts";
import { flagEmoji, languageName } from "../../components/countries.ts";
import { HtmlContent } from "../../components/html-content.tsx";
import {
  ChallengeStatusBadge,
  StageBadge,
  VisibilityBadge,
} from "../../components/item-badges.tsx";
import {
  ClassificationCard,
  Fact,
  FactList,
  InternalLink,
  SectionCard,
} from "../../components/item-detail.tsx";
import { CHALLENGES_KEY } from "../../components/item-queries.ts";
import { MATCHES_MAX } from "../../components/matches.ts";
import { MatchesPanel, OwnMatchesPanel } from "../../components/matches-panel.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SaveButtons } from "../../components/save-buttons.tsx";
import { useFormat } from "../../components/use-format.ts";
import { VersionHistory } from "../../components/version-history.tsx";
import { useChallenge, useChallengeMatches } from "./data.ts";
import { useCloseChallenge } from "./mutations.ts";

const DAY_MS = 86_400_000;

function daysUntil(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  const target = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target - today) / DAY_MS);
}

function isOrganizationKind(kind: string): kind is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind);
}

/** The procurement stages as a progress line, the challenge's own stage highlighted. */
function StageProgress({ stage }: { stage: ChallengeDetail["stage"] }) {
  const { t } = useTranslation();
  const active = PROCUREMENT_STAGES.indexOf(stage);
  return (
    <Timeline active={active} bulletSize={16} lineWidth={2} data-testid="stage-progress">
      {PROCUREMENT_STAGES.map((step, index) => (
        <Timeline.Item
          key={step}
          title={
            <Text
              size="sm"
              fw={index === active ? 700 : 400}
              c={index > active ? "dimmed" : undefined}
              aria-current={index === active ? "step" : undefined}
            >
              {t(`stages.${step}`)}
            </Text>
          }
        />
      ))}
    </Timeline>
  );
}

function CloseAction({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const closeChallenge = useCloseChallenge();
  if (challenge.status === "closed") return null;
  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<IconLock size={16} aria-hidden />}
        onClick={open}
      >
        {t("challenge.close")}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t("challenge.closeTitle")}
        message={t("challenge.closeConfirm", { title: challenge.title })}
        confirmLabel={t("challenge.close")}
        loading={closeChallenge.isPending}
        error={
          isApiError(closeChallenge.error, "conflict")
            ? new Error(t("conflict.closeStale"))
            : closeChallenge.error
        }
        onClose={() => {
          closeChallenge.reset();
          close();
        }}
        onConfirm={() =>
          closeChallenge.mutate(
            { id: challenge.id, version: challenge.version },
            {
              onSuccess: () => {
                close();
                notifications.show({ color: "civic", message: t("challenge.closed") });
              },
            },
          )
        }
      />
    </>
  );
}

function ChallengeView({ challenge }: { challenge: ChallengeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useChallengeMatches(challenge.id);
  const me = useMe();
  const ownId = me.data?.organization?.id ?? null;
  // A provider's own solutions may rank below the few the panel shows: look further.
  const ownMatches = useChallengeMatches(
    ownId && ownId !== challenge.organization.id ? challenge.id : undefined,
    MATCHES_MAX,
  );
  const connectAbout = (recommendation: Recommendation) => (
    <ConnectButton
      size="compact-sm"
      variant="light"
      target={matchConnectTarget(
        ownId,
        {
          challenge,
          solution: {
            id: recommendation.item.id,
            title: recommendation.item.title,
            organization: recommendation.item.organization,
          },
        },
        "solution",
      )}
    />
  );
  const budget = format.moneyRange(challenge.budget);
  const deadlineIn = challenge.deadline ? daysUntil(challenge.deadline) : null;

  return (
    <>
      <PageHeader
        eyebrow={t("itemTypes.challenge")}
        title={challenge.title}
        documentTitle={challenge.title}
        description={challenge.summary || null}
        actions={
          <>
            <SaveButtons
              item={{
                type: "challenge",
                id: challenge.id,
                slug: challenge.slug,
                title: challenge.title,
                organizationName: challenge.organization.name,
                updatedAt: challenge.updatedAt,
              }}
            />
            <ConnectButton target={itemConnectTarget(ownId, "challenge", challenge)} />
            {challenge.canEdit ? (
              <>
                <CloseAction challenge={challenge} />
                <Button
                  component={Link}
                  to={`/challenges/${challenge.slug}/edit`}
                  leftSection={<IconEdit size={16} aria-hidden />}
                >
                  {t("common.edit")}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mt={-16} mb="xl">
        <ChallengeStatusBadge status={challenge.status} />
        {challenge.visibility !== "public" ? (
          <VisibilityBadge visibility={challenge.visibility} />
        ) : null}
        {/* On phones the side card comes after the long description: the key facts first. */}
        <StageBadge stage={challenge.stage} hiddenFrom="md" />
        {budget ? (
          <Badge variant="light" color="yellow" tt="none" hiddenFrom="md">
            {format.moneyRange(challenge.budget, true)}
          </Badge>
        ) : null}
        {challenge.deadline ? (
          <Badge variant="light" color="gray" tt="none" hiddenFrom="md">
            {t("challenge.deadlineOn", { date: format.day(challenge.deadline) })}
          </Badge>
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SectionCard
              title={t("challenge.description")}
              testId="challenge-description"
              hideTitle
            >
              {challenge.descriptionHtml ? (
                <HtmlContent html={challenge.descriptionHtml} />
              ) : (
                <Text c="dimmed">{t("item.noDescription")}</Text>
              )}
            </SectionCard>
            <ClassificationCard
              domains={challenge.domains}
              sdgs={challenge.sdgs}
              tags={challenge.tags}
            />
            {ownId ? (
              <OwnMatchesPanel
                title={t("matches.ownSolutions")}
                hint={t("matches.ownSolutionsHint")}
                query={ownMatches}
                organizationId={ownId}
                renderAction={connectAbout}
                testId="challenge-own-matches"
              />
            ) : null}
            <MatchesPanel
              title={t("matches.forChallenge")}
              hint={t("matches.forChallengeHint")}
              emptyHint={t("matches.emptyChallengeHint")}
              query={matches}
              testId="challenge-matches"
              renderAction={connectAbout}
            />
            {challenge.lists.length > 0 ? (
              <SectionCard title={t("challenge.onLists")}>
                <Stack gap="xs">
                  {challenge.lists.map((list) => (
                    <Group key={list.id} gap="sm" wrap="nowrap">
                      <IconListCheck size={18} aria-hidden color="var(--mantine-color-civic-7)" />
                      <Anchor component={Link} to={`/lists/${list.slug}`} fw={600}>
                        {list.title}
                      </Anchor>
                    </Group>
                  ))}
                </Stack>
              </SectionCard>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card>
              <FactList>
                <Fact icon={<IconBuildingBank size={18} />} label={t("item.publishedBy")}>
                  <InternalLink to={`/organizations/${challenge.organization.slug}`}>
                    {challenge.organization.name}
                  </InternalLink>
                </Fact>
                <Fact icon={<IconMapPin size={18} />} label={t("fields.city")}>
                  {challenge.city ? (
                    <InternalLink to={`/cities/${challenge.city.slug}`}>
                      {challenge.city.name}
                    </InternalLink>
                  ) : null}
                  {challenge.city ? ", " : ""}
                  <span aria-hidden="true">{flagEmoji(challenge.organization.country)} </span>
                  {format.country(challenge.organization.country)}
                </Fact>
                <Fact icon={<IconCash size={18} />} label={t("challenge.budget")}>
                  {budget ? (
                    <span data-testid="challenge-budget">{budget}</span>
                  ) : (
                    <Text span c="dimmed" inherit fw={400}>
                      {t("challenge.budgetOpen")}
                    </Text>
                  )}
                </Fact>
                <Fact icon={<IconCalendarEvent size={18} />} label={t("challenge.timeline")}>
                  {challenge.startsOn ? (
                    <div>{t("challenge.startsOn", { date: format.day(challenge.startsOn) })}</div>
                  ) : null}
                  {challenge.deadline ? (
                    <Group gap={6}>
                      <span>
                        {t("challenge.deadlineOn", { date: format.day(challenge.deadline) })}
                      </span>
                      {deadlineIn !== null && deadlineIn >= 0 && challenge.status !== "closed" ? (
                        <Badge
                          size="sm"
                          variant="light"
                          color={deadlineIn <= 30 ? "orange" : "gray"}
                        >
                          {t("challenge.daysLeft", { count: deadlineIn })}
                        </Badge>
                      ) : null}
                    </Group>
                  ) : null}
                  {!challenge.startsOn && !challenge.deadline ? (
                    <Text span c="dimmed" inherit fw={400}>
                      {t("challenge.noDates")}
                    </Text>
                  ) : null}
                </Fact>
                {challenge.preferredPartnerKinds.length > 0 ? (
                  <Fact icon={<IconUsersGroup size={18} />} label={t("challenge.partnerKinds")}>
                    {format.list(
                      challenge.preferredPartnerKinds.map((kind) =>
                        isOrganizationKind(kind) ? t(`kinds.${kind}`) : kind,
                      ),
                    )}
                  </Fact>
                ) : null}
                <Fact icon={<IconLanguage size={18} />} label={t("item.language")}>
                  {languageName(challenge.language, format.locale)}
                </Fact>
                {challenge.contact ? (
                  <Fact icon={<IconUserCircle size={18} />} label={t("challenge.contact")}>
                    {challenge.contact.name}
                    {challenge.contact.title ? (
                      <Text size="xs" c="dimmed" fw={400}>
                        {challenge.contact.title}
                      </Text>
                    ) : null}
                  </Fact>
                ) : null}
              </FactList>
            </Card>
            <Card>
              <Title order={2} size="h5" mb="md">
                {t("challenge.stage")}
              </Title>
              <StageProgress stage={challenge.stage} />
            </Card>
            <Card bg="civic.0" style={{ borderColor: "var(--mantine-color-civic-2)" }}>
              <Text size="sm" mb="xs">
                {t("challenge.findSolutionsHint")}
              </Text>
              <Button
                component={Link}
                variant="white"
                to={`/solutions?${challenge.domains.map((d) => `domain=${encodeURIComponent(d)}`).join("&")}`}
              >
                {t("challenge.findSolutions")}
              </Button>
            </Card>
            {challenge.canEdit ? (
              <VersionHistory
                path={`/challenges/${challenge.id}/versions`}
                queryKey={[...CHALLENGES_KEY, "detail", challenge.slug]}
              />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function ChallengePage() {
  const { slug } = useParams();
  const challenge = useChallenge(slug);
  return (
    <PageContainer>
      <QueryState query={challenge}>{(data) => <ChallengeView challenge={data} />}</QueryState>
    </PageContainer>
  );
}
