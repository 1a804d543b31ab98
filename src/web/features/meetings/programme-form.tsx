import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../app/api.ts";
import type {
  EventDetail,
  LocationKind,
  MeetingPause,
  MeetingProgramme,
  MeetingProgrammeInput,
  MeetingSessionInput,
  SchedulingMode,
} from "../../app/api-types.ts";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useSaveProgramme } from "./mutations.ts";
import { countSlots } from "./slots.ts";

/** Form rows carry a key of their own, so removing one keeps the others' inputs in place. */
type PauseValues = MeetingPause & { key: string };
type SessionValues = Omit<MeetingSessionInput, "pauses"> & { key: string; pauses: PauseValues[] };

const pauseRow = (pause: MeetingPause): PauseValues => ({ ...pause, key: randomId() });
const sessionRow = (session: MeetingSessionInput): SessionValues => ({
  ...session,
  key: randomId(),
  pauses: session.pauses.map(pauseRow),
});

interface ProgrammeValues {
  tableCount: number | string;
  locationKind: LocationKind;
  slotMinutes: number | string;
  mode: SchedulingMode;
  requestsOpen: boolean;
  fairness: number | string;
  sessions: SessionValues[];
}

/** A first programme: a morning and an afternoon on the edition's first day. */
function initialValues(event: EventDetail, programme: MeetingProgramme | null): ProgrammeValues {
  if (programme)
    return {
      tableCount: programme.tableCount,
      locationKind: programme.locationKind,
      slotMinutes: programme.slotMinutes,
      mode: programme.mode,
      requestsOpen: programme.requestsOpen,
      fairness: programme.fairness ?? "",
      sessions: programme.sessions.map(({ day, label, starts, ends, pauses }) =>
        sessionRow({ day, label, starts, ends, pauses }),
      ),
    };
  return {
    tableCount: 20,
    locationKind: "table",
    slotMinutes: 30,
    mode: "organizer",
    requestsOpen: true,
    fairness: "",
    sessions: [
      sessionRow({
        day: event.startsOn,
        label: "Morning",
        starts: "09:00",
        ends: "12:30",
        pauses: [{ starts: "10:30", ends: "11:00" }],
      }),
      sessionRow({
        day: event.startsOn,
        label: "Afternoon",
        starts: "14:00",
        ends: "17:00",
        pauses: [],
      }),
    ],
  };
}

const asNumber = (value: number | string) => (typeof value === "number" ? value : Number(value));

function inputOf(values: ProgrammeValues, unplaceAffected: boolean): MeetingProgrammeInput {
  return {
    tableCount: asNumber(values.tableCount),
    locationKind: values.locationKind,
    slotMinutes: asNumber(values.slotMinutes),
    mode: values.mode,
    requestsOpen: values.requestsOpen,
    fairness: values.fairness === "" ? null : asNumber(values.fairness),
    sessions: values.sessions.map(({ day, label, starts, ends, pauses }) => ({
      day,
      label,
      starts,
      ends,
      pauses: pauses.map((pause) => ({ starts: pause.starts, ends: pause.ends })),
    })),
    unplaceAffected,
  };
}

export function ProgrammeForm({
  event,
  programme,
}: {
  event: EventDetail;
  programme: MeetingProgramme | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveProgramme(event.id);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{
    message: string;
    input: MeetingProgrammeInput;
  } | null>(null);
  const form = useForm<ProgrammeValues>({
    initialValues: initialValues(event, programme),
    validate: {
      tableCount: (value) =>
        Number.isInteger(asNumber(value)) && asNumber(value) >= 1 ? null : t("validation.required"),
      slotMinutes: (value) =>
        Number.isInteger(asNumber(value)) && asNumber(value) >= 5
          ? null
          : t("meetings.programme.slotMinutesRule"),
      sessions: {
        label: (value) => (value.trim() ? null : t("validation.required")),
        day: (value) => (value ? null : t("validation.date")),
      },
    },
  });
  const values = form.values;
  const slotCount = countSlots(values.sessions, asNumber(values.slotMinutes));
  const tables = asNumber(values.tableCount) || 0;

  const send = (input: MeetingProgrammeInput) => {
    setGeneralError(null);
    save.mutate(input, {
      onSuccess: (saved) => {
        setConflict(null);
        form.resetDirty();
        notifications.show({
          color: "civic",
          message: saved.unplaced
            ? t("meetings.programme.savedUnplaced", { count: saved.unplaced })
            : t("meetings.programme.saved", { count: saved.slots.length }),
        });
      },
      onError: (error) => {
        if (isApiError(error, "conflict") && !input.unplaceAffected) {
          const details = error.details as { meetings?: unknown } | null;
          const count = typeof details?.meetings === "number" ? details.meetings : null;
          setConflict({
            message:
              count === null ? error.message : t("meetings.programme.conflictMessage", { count }),
            input,
          });
          return;
        }
        setConflict(null);
        if (!applyServerErrors(form, error)) setGeneralError(error);
      },
    });
  };

  const submit = form.onSubmit((submitted) => send(inputOf(submitted, false)));
  const kindLabel = t(`meetings.locationKindsPlural.${values.locationKind}`);

  return (
    <form onSubmit={submit} noValidate data-testid="programme-form">
      <Stack gap="lg">
        <Card>
          <Title order={2} size="h4" mb="md">
            {t("meetings.programme.settings")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <NumberInput
              label={t("meetings.programme.slotMinutes")}
              min={5}
              max={240}
              step={5}
              required
              {...form.getInputProps("slotMinutes")}
            />
            <NumberInput
              label={t("meetings.programme.tableCount")}
              min={1}
              max={5000}
              required
              {...form.getInputProps("tableCount")}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="location-kind-label">
                {t("meetings.programme.locationKind")}
              </Text>
              <SegmentedControl
                aria-labelledby="location-kind-label"
                data={[
                  { value: "table", label: t("meetings.locationKindsPlural.table") },
                  { value: "booth", label: t("meetings.locationKindsPlural.booth") },
                ]}
                {...form.getInputProps("locationKind")}
              />
            </Stack>
            <NumberInput
              label={t("meetings.programme.fairness")}
              description={t("meetings.programme.fairnessHint")}
              min={0}
              max={100}
              allowDecimal={false}
              {...form.getInputProps("fairness")}
            />
            <Radio.Group label={t("meetings.programme.mode")} {...form.getInputProps("mode")}>
              <Stack gap={6} mt={6}>
                <Radio value="organizer" label={t("meetings.modes.organizer")} />
                <Radio value="receiver-picks" label={t("meetings.modes.receiver-picks")} />
              </Stack>
            </Radio.Group>
            <Switch
              mt="lg"
              label={t("meetings.programme.requestsOpen")}
              description={t("meetings.programme.requestsOpenHint")}
              {...form.getInputProps("requestsOpen", { type: "checkbox" })}
            />
          </SimpleGrid>
        </Card>

        <Card>
          <Group justify="space-between" mb="md">
            <Title order={2} size="h4">
              {t("meetings.programme.sessions")}
            </Title>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => {
                const last = values.sessions.at(-1);
                form.insertListItem(
                  "sessions",
                  sessionRow({
                    day: last?.day ?? event.startsOn,
                    label: "",
                    starts: "09:00",
                    ends: "12:00",
                    pauses: [],
                  }),
                );
              }}
            >
              {t("meetings.programme.addSession")}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="md">
            {t("meetings.programme.sessionsHint", {
              from: format.day(event.startsOn),
              to: format.day(event.endsOn),
              zone: event.timeZone,
            })}
          </Text>
          <Stack gap="md">
            {values.sessions.map((session, index) => {
              const number = index + 1;
              const pausesError = form.errors[`sessions.${index}.pauses`];
              return (
                <Card
                  key={session.key}
                  withBorder
                  bg="gray.0"
                  component="fieldset"
                  aria-label={t("meetings.programme.session", { number })}
                  style={{ margin: 0 }}
                >
                  <Group align="flex-start" gap="sm" wrap="wrap">
                    <TextInput
                      type="date"
                      label={t("meetings.programme.day")}
                      aria-label={t("meetings.programme.sessionField", {
                        number,
                        field: t("meetings.programme.day"),
                      })}
                      min={event.startsOn}
                      max={event.endsOn}
                      required
                      w={170}
                      {...form.getInputProps(`sessions.${index}.day`)}
                    />
                    <TextInput
                      label={t("meetings.programme.label")}
                      aria-label={t("meetings.programme.sessionField", {
                        number,
                        field: t("meetings.programme.label"),
                      })}
                      placeholder={t("meetings.programme.labelPlaceholder")}
                      required
                      w={180}
                      {...form.getInputProps(`sessions.${index}.label`)}
                    />
                    <TextInput
                      type="time"
                      label={t("meetings.programme.starts")}
                      aria-label={t("meetings.programme.sessionField", {
                        number,
                        field: t("meetings.programme.starts"),
                      })}
                      required
                      w={130}
                      {...form.getInputProps(`sessions.${index}.starts`)}
                    />
                    <TextInput
                      type="time"
                      label={t("meetings.programme.ends")}
                      aria-label={t("meetings.programme.sessionField", {
                        number,
                        field: t("meetings.programme.ends"),
                      })}
                      required
                      w={130}
                      {...form.getInputProps(`sessions.${index}.ends`)}
                    />
                    <Text size="sm" c="dimmed" mt={32}>
                      {t("meetings.programme.sessionSlots", {
                        count: countSlots([session], asNumber(values.slotMinutes)),
                      })}
                    </Text>
                    <Tooltip label={t("meetings.programme.removeSession", { number })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mt={28}
                        ml="auto"
                        aria-label={t("meetings.programme.removeSession", { number })}
                        disabled={values.sessions.length <= 1}
                        onClick={() => form.removeListItem("sessions", index)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  <Stack gap={6} mt="sm">
                    {session.pauses.map((pause, pauseIndex) => (
                      <Group key={pause.key} gap="sm" align="flex-end">
                        <Text size="sm" pb={8} w={170}>
                          {t("meetings.programme.pause", { number: pauseIndex + 1 })}
                        </Text>
                        <TextInput
                          type="time"
                          size="xs"
                          label={t("meetings.programme.pauseStarts")}
                          w={130}
                          {...form.getInputProps(`sessions.${index}.pauses.${pauseIndex}.starts`)}
                        />
                        <TextInput
                          type="time"
                          size="xs"
                          label={t("meetings.programme.pauseEnds")}
                          w={130}
                          {...form.getInputProps(`sessions.${index}.pauses.${pauseIndex}.ends`)}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          mb={4}
                          aria-label={t("meetings.programme.removePause", {
                            number: pauseIndex + 1,
                            session: number,
                          })}
                          onClick={() =>
                            form.removeListItem(`sessions.${index}.pauses`, pauseIndex)
                          }
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      </Group>
                    ))}
                    {pausesError ? (
                      <Text size="xs" c="red" role="alert">
                        {pausesError}
                      </Text>
                    ) : null}
                    <Group>
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        leftSection={<IconPlus size={12} aria-hidden />}
                        onClick={() =>
                          form.insertListItem(
                            `sessions.${index}.pauses`,
                            pauseRow({ starts: "10:30", ends: "11:00" }),
                          )
                        }
                      >
                        {t("meetings.programme.addPause")}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        </Card>

        <Alert color="civic" variant="light" data-testid="programme-preview">
          <Text size="sm" fw={600}>
            {t("meetings.programme.preview", {
              slots: format.integer(slotCount),
              tables: format.integer(tables),
              kind: kindLabel.toLowerCase(),
              meetings: format.integer(slotCount * tables),
            })}
          </Text>
        </Alert>
        {form.errors.sessions ? (
          <Text size="sm" c="red" role="alert">
            {t("meetings.programme.sessionsError", { message: String(form.errors.sessions) })}
          </Text>
        ) : null}
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={save.isPending && !conflict}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            {programme ? t("meetings.programme.save") : t("meetings.programme.create")}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={conflict !== null}
        title={t("meetings.programme.conflictTitle")}
        message={`${conflict?.message ?? ""} ${t("meetings.programme.conflictHint")}`}
        confirmLabel={t("meetings.programme.unplaceAndSave")}
        loading={save.isPending}
        error={conflict && save.isError && save.variables?.unplaceAffected ? save.error : null}
        onClose={() => setConflict(null)}
        onConfirm={() => conflict && send({ ...conflict.input, unplaceAffected: true })}
      />
    </form>
  );
}
