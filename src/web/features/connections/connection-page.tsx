import {
  Alert,
  Anchor,
  Badge,
  Blockquote,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
} from "@mantine/core";
import {
  IconArrowBackUp,
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconCheck,
  IconFileCertificate,
  IconHandStop,
  IconInfoCircle,
  IconLock,
  IconPlugConnected,
  IconSend,
  IconSignature,
  IconTargetArrow,
  IconUsers,
  IconX,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type {
  Connection,
  ConnectionDetail,
  ConnectionSide,
  ConnectionStep,
} from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ExternalLink, Fact, FactList, InternalLink } from "../../components/item-detail.tsx";
import { NotFoundContent } from "../../components/not-found.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { type Formatters, useFormat } from "../../components/use-format.ts";
import { ACTION_KEYS, NextStepCard } from "./connection-actions.tsx";
import { useConnection, useConnectionEdition } from "./data.ts";
import { ConnectionStatusBadge, TurnBadge } from "./status-badges.tsx";

const STEP_ICONS: Record<ConnectionStep["action"], ReactNode> = {
  request: <IconSend size={14} />,
  accept: <IconCheck size={14} />,
  decline: <IconX size={14} />,
  withdraw: <IconArrowBackUp size={14} />,
  "record-meeting": <IconUsers size={14} />,
  "propose-intention": <IconFileCertificate size={14} />,
  "confirm-intention": <IconCheck size={14} />,
  "propose-contract": <IconSignature size={14} />,
  "confirm-contract": <IconCheck size={14} />,
  close: <IconLock size={14} />,
};

const STEP_COLORS: Partial<Record<ConnectionStep["action"], string>> = {
  decline: "red",
  withdraw: "gray",
  close: "gray",
  "confirm-intention": "grape",
  "confirm-contract": "green",
};

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

function organizationName(connection: Connection, organizationId: string | null): string {
  if (organizationId === connection.requester.id) return connection.requester.name;
  if (organizationId === connection.recipient.id) return connection.recipient.name;
  return "—";
}

function stepTitle(t: TFunction, step: ConnectionStep, organization: string): string {
  if (step.action === "request") return t("connection.steps.request", { organization });
  return t(`connection.steps.${ACTION_KEYS[step.action]}`, { organization });
}

/** What a step recorded besides its status: the meeting day, the terms, the reason. */
function StepDetails({ step, format }: { step: ConnectionStep; format: Formatters }) {
  const { t } = useTranslation();
  const { details } = step;
  const lines: ReactNode[] = [];
  const meetingOn = text(details.meetingOn);
  if (meetingOn) lines.push(t("connection.meetingOn", { date: format.day(meetingOn) }));
  const intentionOn = text(details.intentionOn);
  if (intentionOn) lines.push(t("connection.intentionOn", { date: format.day(intentionOn) }));
  const documentUrl = text(details.documentUrl);
  if (documentUrl)
    lines.push(<ExternalLink href={documentUrl}>{t("connection.intentionDocument")}</ExternalLink>);
  const value = text(details.value);
  const currency = text(details.currency);
  if (value && currency) lines.push(<strong>{format.money(value, currency)}</strong>);
  const signedOn = text(details.signedOn);
  if (signedOn) lines.push(t("connection.signedOn", { date: format.day(signedOn) }));
  const scope = text(details.scope);
  if (scope) lines.push(<span className="cm-prose">{scope}</span>);
  if (lines.length === 0) return null;
  return (
    <Stack gap={2} mt={4}>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one step in a fixed order
        <Text key={index} size="sm" component="div">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

function StepsTimeline({ connection }: { connection: ConnectionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const steps = connection.steps;
  return (
    <Card component="section" aria-labelledby="steps-title">
      <Title order={2} size="h4" mb="md" id="steps-title">
        {t("connection.history")}
      </Title>
      <Timeline
        active={steps.length - 1}
        bulletSize={26}
        lineWidth={2}
        color="civic"
        data-testid="connection-steps"
      >
        {steps.map((step, index) => {
          const organization = organizationName(connection, step.by.organizationId);
          return (
            <Timeline.Item
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are append-only, in order
              key={index}
              bullet={STEP_ICONS[step.action]}
              color={STEP_COLORS[step.action] ?? "civic"}
              title={
                <Text fw={600} size="sm">
                  {stepTitle(t, step, organization)}
                </Text>
              }
              data-testid="connection-step"
            >
              <Text size="xs" c="dimmed">
                <time dateTime={step.at}>{format.dateTime(step.at)}</time>
              </Text>
              <StepDetails step={step} format={format} />
              {step.note ? (
                <Blockquote
                  color="gray"
                  p="xs"
                  pl="sm"
                  mt={6}
                  radius="sm"
                  iconSize={0}
                  styles={{ root: { borderInlineStartWidth: 3 } }}
                >
                  <Text size="sm" className="cm-prose">
                    {step.note}
                  </Text>
                </Blockquote>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}

function Party({ connection, side }: { connection: Connection; side: ConnectionSide }) {
  const { t } = useTranslation();
  const party = side === "requester" ? connection.requester : connection.recipient;
  return (
    <Fact
      icon={<IconBuildingCommunity size={18} />}
      label={side === "requester" ? t("connection.requester") : t("connection.recipient")}
    >
      <Group gap={6} wrap="wrap">
        <InternalLink to={`/organizations/${party.id}`}>{party.name}</InternalLink>
        {connection.yourSide === side ? (
          <Badge size="sm" variant="light" color="civic">
            {t("connection.you")}
          </Badge>
        ) : null}
      </Group>
    </Fact>
  );
}

/** The intention and the contract: the terms, and whether both sides stand behind them. */
function DealCard({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { intention, contract } = connection;
  if (!intention && !contract) return null;
  const pendingBy = (side: ConnectionSide | null) =>
    side
      ? t("connection.awaitsConfirmation", {
          organization: (side === "requester" ? connection.recipient : connection.requester).name,
        })
      : null;
  const intentionPending = pendingBy(connection.pendingIntentionBy);
  const contractPending = pendingBy(connection.pendingContractBy);
  return (
    <Card component="section" aria-labelledby="deal-title" data-testid="connection-deal">
      <Title order={2} size="h4" mb="md" id="deal-title">
        {t("connection.deal")}
      </Title>
      <Stack gap="lg">
        {contract ? (
          <Group gap="md" wrap="nowrap" align="flex-start">
            <ThemeIcon size={42} radius="md" variant="light" color="green" aria-hidden>
              <IconSignature size={22} />
            </ThemeIcon>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs">
                <Text
                  size="xs"
                  c="dimmed"
                  fw={600}
                  tt="uppercase"
                  style={{ letterSpacing: "0.04em" }}
                >
                  {t("connection.contract")}
                </Text>
                <Badge size="sm" variant="light" color={contractPending ? "orange" : "green"}>
                  {contractPending ? t("connection.proposed") : t("connection.confirmed")}
                </Badge>
              </Group>
              <Text
                fz={28}
                fw={750}
                lh={1.2}
                style={{ fontVariantNumeric: "tabular-nums" }}
                data-testid="contract-value"
              >
                {format.money(contract.value, contract.currency)}
              </Text>
              <Text size="sm" c="dimmed">
                {t("connection.signedOn", { date: format.day(contract.signedOn) })}
              </Text>
              {contract.scope ? (
                <Text size="sm" mt={6} className="cm-prose">
                  {contract.scope}
                </Text>
              ) : null}
              {contractPending ? (
                <Text size="sm" c="orange.8" mt={6}>
                  {contractPending}
                </Text>
              ) : null}
            </div>
          </Group>
        ) : null}
        {intention ? (
          <Group gap="md" wrap="nowrap" align="flex-start">
            <ThemeIcon size={42} radius="md" variant="light" color="grape" aria-hidden>
              <IconFileCertificate size={22} />
            </ThemeIcon>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs">
                <Text
                  size="xs"
                  c="dimmed"
                  fw={600}
                  tt="uppercase"
                  style={{ letterSpacing: "0.04em" }}
                >
                  {t("connection.intention")}
                </Text>
                <Badge size="sm" variant="light" color={intentionPending ? "orange" : "grape"}>
                  {intentionPending ? t("connection.proposed") : t("connection.confirmed")}
                </Badge>
              </Group>
              <Text fw={600}>
                {t("connection.intentionOn", { date: format.day(intention.on) })}
              </Text>
              {intention.documentUrl ? (
                <ExternalLink href={intention.documentUrl}>
                  {t("connection.intentionDocument")}
                </ExternalLink>
              ) : null}
              {intentionPending ? (
                <Text size="sm" c="orange.8" mt={4}>
                  {intentionPending}
                </Text>
              ) : null}
            </div>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function EditionFact({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const edition = useConnectionEdition(eventId);
  return (
    <Fact icon={<IconCalendarEvent size={18} />} label={t("connection.edition")}>
      {edition.data ? (
        <InternalLink to={`/events/${edition.data.slug}`}>{edition.data.name}</InternalLink>
      ) : (
        "…"
      )}
    </Fact>
  );
}

function ConnectionView({ connection }: { connection: ConnectionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = `${connection.requester.name} · ${connection.recipient.name}`;
  return (
    <>
      <Anchor component={Link} to="/connections" size="sm" mb="xs" display="inline-block">
        ← {t("connection.backToList")}
      </Anchor>
      <PageHeader
        eyebrow={t("connection.eyebrow")}
        title={
          <>
            {connection.requester.name}
            <IconPlugConnected
              size={26}
              aria-label={t("connection.and")}
              style={{
                margin: "0 10px",
                verticalAlign: "-3px",
                color: "var(--mantine-color-civic-7)",
              }}
            />
            {connection.recipient.name}
          </>
        }
        documentTitle={title}
        description={
          connection.challenge?.title ?? connection.solution?.title ?? t("connection.noSubject")
        }
      />
      <Group gap="xs" mt={-16} mb="xl">
        <ConnectionStatusBadge status={connection.status} size="lg" />
        <TurnBadge connection={connection} size="lg" />
        <Text size="sm" c="dimmed">
          {t("connections.updated", { date: format.dateTime(connection.updatedAt) })}
        </Text>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {connection.yourSide === null ? (
              <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} aria-hidden />}>
                {t("connection.onlooker")}
              </Alert>
            ) : null}
            <NextStepCard connection={connection} />
            {connection.closedReason ? (
              <Alert
                color="gray"
                variant="light"
                icon={<IconHandStop size={20} aria-hidden />}
                title={t("connection.closedBecause")}
              >
                <Text size="sm" className="cm-prose">
                  {connection.closedReason}
                </Text>
              </Alert>
            ) : null}
            <DealCard connection={connection} />
            <StepsTimeline connection={connection} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card component="section" aria-label={t("connection.parties")}>
              <FactList>
                <Party connection={connection} side="requester" />
                <Party connection={connection} side="recipient" />
              </FactList>
            </Card>
            <Card component="section" aria-label={t("connection.subject")}>
              <FactList>
                {connection.challenge ? (
                  <Fact icon={<IconTargetArrow size={18} />} label={t("itemTypes.challenge")}>
                    <InternalLink to={`/challenges/${connection.challenge.slug}`}>
                      {connection.challenge.title}
                    </InternalLink>
                  </Fact>
                ) : null}
                {connection.solution ? (
                  <Fact icon={<IconBulb size={18} />} label={t("itemTypes.solution")}>
                    <InternalLink to={`/solutions/${connection.solution.slug}`}>
                      {connection.solution.title}
                    </InternalLink>
                  </Fact>
                ) : null}
                {connection.eventId ? <EditionFact eventId={connection.eventId} /> : null}
                <Fact icon={<IconSend size={18} />} label={t("connection.requestedOn")}>
                  {format.dateTime(connection.createdAt)}
                </Fact>
              </FactList>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function ConnectionPage() {
  const { id } = useParams();
  return (
    <PageContainer>
      <SignedIn>{() => <ConnectionQuery id={id} />}</SignedIn>
    </PageContainer>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ConnectionQuery({ id }: { id: string | undefined }) {
  const valid = id !== undefined && UUID.test(id);
  const connection = useConnection(valid ? id : undefined);
  // The API refuses an address that is no id (400); to the reader it is just not there.
  if (!valid) return <NotFoundContent />;
  return (
    <QueryState query={connection}>{(data) => <ConnectionView connection={data} />}</QueryState>
  );
}
