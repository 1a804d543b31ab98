import { Badge, type BadgeProps, Group, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type {
  LocationKind,
  MeetingPerson,
  MeetingPriority,
  MeetingRequestStatus,
  MeetingSlot,
  MeetingStatus,
  ScheduleRunResult,
  ScheduleRunStatus,
} from "../../app/api-types.ts";
import { useFormat } from "../../components/use-format.ts";

/**
 * Days and times of slots as the edition's wall clock: the API gives each slot's day and
 * times in the edition's zone, formatted here at UTC so no reader's offset moves them.
 */
export function useSlotFormat() {
  const { locale } = useFormat();
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(locale, {
      weekday: "short",
      month: "short",
      day: "numeric",
      timeZone: "UTC",
    });
    const day = (value: string) => {
      const [y, m, d] = value.split("-").map(Number);
      return dayFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
    };
    const time = (slot: Pick<MeetingSlot, "starts" | "ends">) => `${slot.starts}–${slot.ends}`;
    return { day, time, slot: (slot: MeetingSlot) => `${day(slot.day)} ${time(slot)}` };
  }, [locale]);
}

const REQUEST_COLORS: Record<MeetingRequestStatus, string> = {
  pending: "blue",
  accepted: "green",
  declined: "red",
  withdrawn: "gray",
  cancelled: "gray",
};

export function RequestStatusBadge({
  status,
  ...props
}: { status: MeetingRequestStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={REQUEST_COLORS[status]} data-testid="request-status" {...props}>
      {t(`meetings.requestStatuses.${status}`)}
    </Badge>
  );
}

const MEETING_COLORS: Record<MeetingStatus, string> = {
  planned: "civic",
  happened: "green",
  "no-show": "orange",
  cancelled: "gray",
};

export function MeetingStatusBadge({ status, ...props }: { status: MeetingStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === "happened" ? "filled" : "light"}
      color={MEETING_COLORS[status]}
      data-testid="meeting-status"
      {...props}
    >
      {t(`meetings.meetingStatuses.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: MeetingPriority }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={priority === "must-meet" ? "filled" : "outline"}
      color={priority === "must-meet" ? "orange" : "gray"}
      size="sm"
    >
      {t(`meetings.priorities.${priority}`)}
    </Badge>
  );
}

const RUN_COLORS: Record<ScheduleRunStatus, string> = {
  running: "blue",
  done: "civic",
  failed: "red",
  cancelled: "gray",
  published: "green",
  discarded: "gray",
};

export function RunStatusBadge({ status }: { status: ScheduleRunStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={RUN_COLORS[status]} data-testid="run-status">
      {t(`meetings.runStatuses.${status}`)}
    </Badge>
  );
}

const RESULT_COLORS: Record<ScheduleRunResult["status"], string> = {
  optimal: "green",
  feasible: "blue",
  infeasible: "red",
};

export function ResultStatusBadge({ status }: { status: ScheduleRunResult["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={RESULT_COLORS[status]} data-testid="result-status">
      {t(`meetings.resultStatuses.${status}`)}
    </Badge>
  );
}

/** "Table 7" in the reader's language (the API's `location` is English). */
export function useLocationName(kind: LocationKind) {
  const { t } = useTranslation();
  return (meeting: { tableNumber: number | null; location: string | null }) =>
    meeting.tableNumber === null
      ? (meeting.location ?? "")
      : t("meetings.signage.location", {
          kind: t(`meetings.locationKinds.${kind}`),
          number: meeting.tableNumber,
        });
}

/** "Ana Díaz · Barcelona City Council" */
export function PersonLabel({
  person,
  strong = true,
}: {
  person: MeetingPerson;
  strong?: boolean;
}) {
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Text span fw={strong ? 600 : 400} size="sm">
        {person.name}
      </Text>
      {person.organization ? (
        <Text span c="dimmed" size="sm">
          {person.organization.name}
        </Text>
      ) : null}
    </Group>
  );
}

/** The other people of a meeting, seen from one of them. */
export function counterpartsOf(attendees: readonly MeetingPerson[], personId: string) {
  const others = attendees.filter((person) => person.id !== personId);
  return others.length > 0 ? others : [...attendees];
}
