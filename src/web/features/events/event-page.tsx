import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconChartFunnel,
  IconCircleCheck,
  IconEdit,
  IconExternalLink,
  IconMapPin,
  IconTicket,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { type EventDetail, PARTICIPATION_ROLES } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { useMe } from "../../app/session.ts";
import { flagEmoji } from "../../components/countries.ts";
import { ErrorAlert } from "../../components/errors.tsx";
import { StatusBadge } from "../../components/kind-badge.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useFormat } from "../../components/use-format.ts";
import { EventMeetingsCard } from "../meetings/event-meetings-card.tsx";
import { useEvent } from "./data.ts";
import { EventForm } from "./event-form.tsx";
import { EventOutcomes } from "./event-outcomes.tsx";
import { useRegister } from "./mutations.ts";
import { ParticipantsPanel } from "./participants-panel.tsx";
import { PeopleToMeetSection } from "./people-to-meet.tsx";

function Detail({
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
      <ThemeIcon variant="light" color="dusk" size={36} radius="md" aria-hidden>
        {icon}
      </ThemeIcon>
      <div style={{ minWidth: 0 }}>
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

function RegisterCard({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const register = useRegister();
  const registered = event.myRoles.length > 0;

  return (
    <Card bg="civic.0" style={{ borderColor: "var(--mantine-color-civic-2)" }}>
      <Stack gap="sm">
        <Group gap="sm">
          <IconTicket size={22} aria-hidden color="var(--mantine-color-civic-8)" />
          <Title order={2} size="h5">
            {t("event.attend")}
          </Title>
        </Group>
        {registered ? (
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck size={18} aria-hidden />}
            p="sm"
          >
            <Text size="sm">
              {t("event.registeredAs", {
                roles: event.myRoles.map((role) => t(`roles.${role}`)).join(", "),
              })}
            </Text>
          </Alert>
        ) : null}
        {me.data && !event.myRoles.includes("visitor") ? (
          <Button
            onClick={() =>
              register.mutate(
                { eventId: event.id, role: "visitor" },
                {
                  onSuccess: () =>
                    notifications.show({ color: "civic", message: t("event.registered") }),
                },
              )
            }
            loading={register.isPending}
            leftSection={<IconTicket size={16} aria-hidden />}
          >
            {t("event.registerVisitor")}
          </Button>
        ) : null}
        {me.data === null ? (
          <>
            <Text size="sm">{t("event.signInToRegister")}</Text>
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t("nav.signIn")}
            </Button>
          </>
        ) : null}
        {register.isError ? <ErrorAlert error={register.error} /> : null}
      </Stack>
    </Card>
  );
}

function EventView({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const [editing, { open, close }] = useDisclosure(false);
  const counts = PARTICIPATION_ROLES.map((role) => ({
    role,
    count: event.participantCounts[role] ?? 0,
  }));
  const totalParticipants = counts.reduce((sum, entry) => sum + entry.count, 0);
  // Deal figures are for the edition's organizers and platform admins (the API's rule).
  const seesDashboard = Boolean(
    me.data &&
      (me.data.platformAdmin || me.data.organizerOf.some((edition) => edition.id === event.id)),
  );

  return (
    <>
      <PageHeader
        eyebrow={t("event.eyebrow")}
        title={event.name}
        description={
          <Group gap="sm" component="span">
            <span>
              {format.dayRange(event.startsOn, event.endsOn)} · {event.hostCity.name}
            </span>
            <StatusBadge status={event.status} />
          </Group>
        }
        documentTitle={event.name}
        actions={
          <>
            {seesDashboard ? (
              <Button
                component={Link}
                to={`/events/${event.slug}/outcomes`}
                leftSection={<IconChartFunnel size={16} aria-hidden />}
              >
                {t("outcomes.dashboardLink")}
              </Button>
            ) : null}
            {event.canEdit ? (
              <Button
                variant="default"
                leftSection={<IconEdit size={16} aria-hidden />}
                onClick={open}
              >
                {t("common.edit")}
              </Button>
            ) : null}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Card>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
                <Detail icon={<IconCalendarEvent size={18} />} label={t("event.dates")}>
                  {format.dayRange(event.startsOn, event.endsOn, true)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t("event.timeZone", { zone: event.timeZone })}
                  </Text>
                </Detail>
                <Detail icon={<IconBuildingSkyscraper size={18} />} label={t("event.hostCity")}>
                  <Anchor component={Link} to={`/cities/${event.hostCity.slug}`} inherit>
                    <span aria-hidden="true">{flagEmoji(event.hostCity.country)} </span>
                    {event.hostCity.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" fw={400}>
                    {format.country(event.hostCity.country)}
                  </Text>
                </Detail>
                <Detail icon={<IconMapPin size={18} />} label={t("event.venue")}>
                  {event.venue || t("event.venueTbd")}
                </Detail>
                {event.website ? (
                  <Detail icon={<IconExternalLink size={18} />} label={t("fields.website")}>
                    <Anchor href={event.website} target="_blank" rel="noopener noreferrer" inherit>
                      {event.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </Anchor>
                  </Detail>
                ) : null}
              </SimpleGrid>
            </Card>
            <Card>
              <Title order={2} size="h4" mb="sm">
                {t("event.about")}
              </Title>
              {event.description ? (
                <Text className="cm-prose">{event.description}</Text>
              ) : (
                <Text c="dimmed">{t("event.noDescription")}</Text>
              )}
            </Card>
            <PeopleToMeetSection event={event} />
            <EventOutcomes event={event} />
            <Card>
              <Group justify="space-between" mb="md">
                <Title order={2} size="h4">
                  {t("event.participants")}
                </Title>
                {me.data ? null : (
                  <Badge variant="light" color="gray">
                    {t("event.participantsSignIn")}
                  </Badge>
                )}
              </Group>
              {me.data ? (
                <ParticipantsPanel eventId={event.id} manage={event.canEdit} />
              ) : (
                <Text c="dimmed" size="sm">
                  {t("event.participantsHidden")}
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <RegisterCard event={event} />
            <EventMeetingsCard event={event} />
            <Card>
              <Title order={2} size="h5" mb="sm">
                {t("event.whoIsComing")}
              </Title>
              <Text fz={32} fw={800} lh={1.1} style={{ fontVariantNumeric: "tabular-nums" }}>
                {format.integer(totalParticipants)}
              </Text>
              <Text size="sm" c="dimmed" mb="md">
                {t("event.participantsTotal", { count: totalParticipants })}
              </Text>
              <Stack gap={6} component="dl" m={0}>
                {counts.map(({ role, count }) => (
                  <Paper
                    key={role}
                    px="sm"
                    py={6}
                    bg={count > 0 ? "gray.0" : undefined}
                    radius="sm"
                  >
                    <Group justify="space-between">
                      <Text size="sm" component="dt" c={count > 0 ? undefined : "dimmed"}>
                        {t(`roles.${role}`)}
                      </Text>
                      <Text
                        size="sm"
                        fw={700}
                        component="dd"
                        m={0}
                        c={count > 0 ? undefined : "dimmed"}
                        style={{ fontVariantNumeric: "tabular-nums" }}
                      >
                        {format.integer(count)}
                      </Text>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={close}
        title={t("event.editTitle", { name: event.name })}
        size="lg"
      >
        <EventForm
          event={event}
          onCancel={close}
          onDone={(saved) => {
            close();
            if (saved.slug !== event.slug)
              void navigate(`/events/${saved.slug}`, { replace: true });
          }}
        />
      </Modal>
    </>
  );
}

export function EventPage() {
  const { slug } = useParams();
  const event = useEvent(slug);
  return (
    <PageContainer>
      <QueryState query={event}>{(data) => <EventView event={data} />}</QueryState>
    </PageContainer>
  );
}
