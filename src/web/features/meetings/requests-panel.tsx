import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconCalendarPlus, IconCheck, IconInfoCircle, IconX } from "@tabler/icons-react";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  EventDetail,
  Me,
  MeetingPriority,
  MeetingProgramme,
  MeetingRequest,
} from "../../app/api-types.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useEditionParticipants, useFreeSlots, useRequests } from "./data.ts";
import { PersonLabel, PriorityBadge, RequestStatusBadge, useSlotFormat } from "./meeting-parts.tsx";
import { useRequestAction, useRequestMeeting } from "./mutations.ts";

function sessionName(
  programme: MeetingProgramme,
  sessionId: string | null,
  day: (d: string) => string,
) {
  const session = programme.sessions.find((s) => s.id === sessionId);
  return session ? `${day(session.day)} · ${session.label}` : null;
}

function RequestCard({
  request,
  programme,
  actions,
}: {
  request: MeetingRequest;
  programme: MeetingProgramme;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const slotFormat = useSlotFormat();
  const other = request.yourPart === "requester" ? request.recipient : request.requester;
  const session = sessionName(programme, request.sessionId, slotFormat.day);
  return (
    <Card
      withBorder
      padding="md"
      component="li"
      data-testid="meeting-request"
      aria-label={t("meetings.requests.withPerson", { name: other.name })}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <PersonLabel person={other} />
          <Group gap={6} wrap="nowrap">
            <PriorityBadge priority={request.priority} />
            <RequestStatusBadge status={request.status} />
          </Group>
        </Group>
        {request.message ? (
          <Text size="sm" className="cm-prose" style={{ overflowWrap: "anywhere" }}>
            {request.message}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {[
            request.source === "organizer"
              ? t("meetings.requests.byOrganizers")
              : request.yourPart === "requester"
                ? t("meetings.requests.sentOn", { date: format.dateTime(request.createdAt) })
                : t("meetings.requests.receivedOn", { date: format.dateTime(request.createdAt) }),
            session ? t("meetings.requests.inSession", { session }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Stack>
    </Card>
  );
}

/** Accepting when the receiver picks: the slots both are free in, one to choose. */
function PickSlotModal({
  request,
  onClose,
}: {
  request: MeetingRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const free = useFreeSlots(request?.id ?? null);
  const act = useRequestAction();
  const [slotId, setSlotId] = useState<string | null>(null);
  const close = () => {
    setSlotId(null);
    act.reset();
    onClose();
  };
  return (
    <Modal
      opened={request !== null}
      onClose={close}
      title={t("meetings.requests.pickTitle", { name: request?.requester.name ?? "" })}
      centered
    >
      <Stack>
        <Text size="sm">{t("meetings.requests.pickHint")}</Text>
        {free.isPending ? <Skeleton height={80} /> : null}
        {free.isError ? <ErrorAlert error={free.error} /> : null}
        {free.data && free.data.slots.length === 0 ? (
          <Alert color="orange" variant="light">
            {t("meetings.requests.noFreeSlots")}
          </Alert>
        ) : null}
        {free.data && free.data.slots.length > 0 ? (
          <Radio.Group label={t("meetings.requests.freeSlots")} value={slotId} onChange={setSlotId}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
              {free.data.slots.map((slot) => (
                <Radio key={slot.id} value={slot.id} label={slotFormat.slot(slot)} />
              ))}
            </SimpleGrid>
          </Radio.Group>
        ) : null}
        {act.isError ? <ErrorAlert error={act.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button
            disabled={!slotId}
            loading={act.isPending}
            leftSection={<IconCheck size={16} aria-hidden />}
            onClick={() =>
              request &&
              slotId &&
              act.mutate(
                { id: request.id, action: "accept", slotId },
                {
                  onSuccess: () => {
                    notifications.show({
                      color: "civic",
                      message: t("meetings.requests.accepted"),
                    });
                    close();
                  },
                  // The slot may have been taken meanwhile: show the reason, ask again.
                  onError: () => void free.refetch(),
                },
              )
            }
          >
            {t("meetings.requests.acceptAtSlot")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface RequestValues {
  recipientId: string | null;
  message: string;
  priority: MeetingPriority;
  sessionId: string | null;
}

function RequestForm({
  event,
  programme,
  me,
  onDone,
}: {
  event: EventDetail;
  programme: MeetingProgramme;
  me: Me;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const slotFormat = useSlotFormat();
  const participants = useEditionParticipants(event.id);
  const send = useRequestMeeting(event.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<RequestValues>({
    initialValues: { recipientId: null, message: "", priority: "would-like", sessionId: null },
    validate: {
      recipientId: (value) => (value ? null : t("meetings.requests.pickPerson")),
    },
  });
  // Not yourself, nor a colleague: B2B meetings are between organizations.
  const options = useMemo(
    () =>
      (participants.data ?? [])
        .filter(
          (person) =>
            person.id !== me.person.id &&
            !(
              me.organization &&
              (person.organizationId === me.organization.id ||
                person.organizationName === me.organization.name)
            ),
        )
        .map((person) => ({
          value: person.id,
          label: person.organizationName
            ? `${person.name} — ${person.organizationName}`
            : person.name,
        })),
    [participants.data, me],
  );
  const submit = form.onSubmit((values) => {
    setError(null);
    send.mutate(
      {
        recipientId: values.recipientId ?? "",
        message: values.message,
        priority: values.priority,
        sessionId: values.sessionId,
      },
      {
        onSuccess: () => {
          notifications.show({ color: "civic", message: t("meetings.requests.sent") });
          form.reset();
          onDone();
        },
        onError: (failure) => {
          if (!applyServerErrors(form, failure)) setError(failure);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate data-testid="meeting-request-form">
      <Stack>
        <Select
          label={t("meetings.requests.participant")}
          placeholder={t("meetings.requests.participantPlaceholder")}
          data={options}
          searchable
          required
          limit={50}
          nothingFoundMessage={t("common.noResults")}
          disabled={participants.isPending}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("recipientId")}
        />
        {participants.isError ? <ErrorAlert error={participants.error} /> : null}
        <Textarea
          label={t("meetings.requests.message")}
          description={t("meetings.requests.messageHint")}
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps("message")}
        />
        <Radio.Group label={t("meetings.requests.priority")} {...form.getInputProps("priority")}>
          <Group mt="xs">
            <Radio value="must-meet" label={t("meetings.priorities.must-meet")} />
            <Radio value="would-like" label={t("meetings.priorities.would-like")} />
          </Group>
        </Radio.Group>
        <Select
          label={t("meetings.requests.session")}
          placeholder={t("meetings.requests.anySession")}
          clearable
          data={programme.sessions.map((session) => ({
            value: session.id,
            label: `${slotFormat.day(session.day)} · ${session.label} (${session.starts}–${session.ends})`,
          }))}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("sessionId")}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={send.isPending}>
            {t("meetings.requests.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Section({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  const id = `requests-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <Card component="section" aria-labelledby={id}>
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Badge variant="light" color="gray" circle>
          {count}
        </Badge>
      </Group>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {children}
        </Stack>
      )}
    </Card>
  );
}

export function RequestsPanel({
  event,
  programme,
  me,
  participant,
}: {
  event: EventDetail;
  programme: MeetingProgramme;
  me: Me;
  participant: boolean;
}) {
  const { t } = useTranslation();
  const requests = useRequests(event.id, "mine");
  const act = useRequestAction();
  const [asking, setAsking] = useState(false);
  const [picking, setPicking] = useState<MeetingRequest | null>(null);
  const [cancelling, setCancelling] = useState<MeetingRequest | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const items = requests.data?.items ?? [];
  const received = items.filter((r) => r.status === "pending" && r.yourPart === "recipient");
  const sent = items.filter((r) => r.status === "pending" && r.yourPart === "requester");
  const accepted = items.filter((r) => r.status === "accepted");
  const closed = items.filter((r) => !["pending", "accepted"].includes(r.status));

  const run = (request: MeetingRequest, action: "accept" | "decline" | "withdraw") => {
    setActionError(null);
    if (action === "accept" && programme.mode === "receiver-picks") {
      setPicking(request);
      return;
    }
    act.mutate(
      { id: request.id, action },
      {
        onSuccess: () =>
          notifications.show({ color: "civic", message: t(`meetings.requests.done.${action}`) }),
        onError: setActionError,
      },
    );
  };
  const busy = (request: MeetingRequest) => act.isPending && act.variables?.id === request.id;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text c="dimmed" size="sm" maw={620}>
          {programme.mode === "receiver-picks"
            ? t("meetings.requests.modeReceiverPicks")
            : t("meetings.requests.modeOrganizer")}
        </Text>
        <Button
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          onClick={() => setAsking(true)}
          disabled={!participant || !programme.requestsOpen}
        >
          {t("meetings.requests.new")}
        </Button>
      </Group>
      {!programme.requestsOpen ? (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t("meetings.requests.closed")}
        </Alert>
      ) : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {requests.isPending ? <Skeleton height={160} /> : null}
      {requests.isError ? (
        <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
      ) : null}
      {requests.data ? (
        <>
          <Section
            title={t("meetings.requests.received")}
            count={received.length}
            empty={t("meetings.requests.noneReceived")}
          >
            {received.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                programme={programme}
                actions={
                  <>
                    <Button
                      size="xs"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      loading={busy(request) && act.variables?.action === "accept"}
                      onClick={() => run(request, "accept")}
                    >
                      {t("meetings.requests.accept")}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconX size={14} aria-hidden />}
                      loading={busy(request) && act.variables?.action === "decline"}
                      onClick={() => run(request, "decline")}
                    >
                      {t("meetings.requests.decline")}
                    </Button>
                  </>
                }
              />
            ))}
          </Section>
          <Section
            title={t("meetings.requests.sentTitle")}
            count={sent.length}
            empty={t("meetings.requests.noneSent")}
          >
            {sent.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                programme={programme}
                actions={
                  <Button
                    size="xs"
                    variant="default"
                    loading={busy(request)}
                    onClick={() => run(request, "withdraw")}
                  >
                    {t("meetings.requests.withdraw")}
                  </Button>
                }
              />
            ))}
          </Section>
          <Section
            title={t("meetings.requests.acceptedTitle")}
            count={accepted.length}
            empty={t("meetings.requests.noneAccepted")}
          >
            {accepted.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                programme={programme}
                actions={
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setCancelling(request)}
                  >
                    {t("meetings.requests.cancelMeeting")}
                  </Button>
                }
              />
            ))}
          </Section>
          {closed.length > 0 ? (
            <Section title={t("meetings.requests.closedTitle")} count={closed.length} empty="">
              {closed.map((request) => (
                <RequestCard key={request.id} request={request} programme={programme} />
              ))}
            </Section>
          ) : null}
        </>
      ) : null}
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t("meetings.requests.new")}
        size="lg"
      >
        <RequestForm event={event} programme={programme} me={me} onDone={() => setAsking(false)} />
      </Modal>
      <PickSlotModal request={picking} onClose={() => setPicking(null)} />
      <ConfirmModal
        opened={cancelling !== null}
        title={t("meetings.requests.cancelTitle")}
        message={t("meetings.requests.cancelMessage", {
          name:
            (cancelling?.yourPart === "requester"
              ? cancelling?.recipient.name
              : cancelling?.requester.name) ?? "",
        })}
        confirmLabel={t("meetings.requests.cancelMeeting")}
        loading={act.isPending}
        error={act.isError && act.variables?.action === "cancel" ? act.error : null}
        onClose={() => {
          act.reset();
          setCancelling(null);
        }}
        onConfirm={() =>
          cancelling &&
          act.mutate(
            { id: cancelling.id, action: "cancel" },
            {
              onSuccess: () => {
                notifications.show({ color: "civic", message: t("meetings.requests.done.cancel") });
                setCancelling(null);
              },
            },
          )
        }
      />
    </Stack>
  );
}
