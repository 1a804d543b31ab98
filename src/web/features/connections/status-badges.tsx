import { Badge, type BadgeProps } from "@mantine/core";
import { IconArrowsExchange, IconBellRinging, IconHourglassHigh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Connection, ConnectionStatus } from "../../app/api-types.ts";
import { partyOn, type Turn, turnOf } from "./funnel.ts";

export const CONNECTION_STATUS_COLORS: Record<ConnectionStatus, string> = {
  requested: "blue",
  accepted: "cyan",
  met: "dusk",
  intention: "grape",
  contracted: "green",
  declined: "red",
  withdrawn: "gray",
  closed: "gray",
};

export function ConnectionStatusBadge({
  status,
  ...props
}: { status: ConnectionStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === "contracted" ? "filled" : "light"}
      color={CONNECTION_STATUS_COLORS[status]}
      data-testid="connection-status"
      {...props}
    >
      {t(`connectionStatuses.${status}`)}
    </Badge>
  );
}

const TURN_STYLE: Record<Exclude<Turn, "settled">, { color: string; variant: string }> = {
  you: { color: "orange", variant: "filled" },
  either: { color: "civic", variant: "light" },
  them: { color: "gray", variant: "light" },
};

/** "Waiting for you", "Waiting for Barcelona City Council", "Either side's move". */
export function TurnBadge({
  connection,
  ...props
}: {
  connection: Pick<Connection, "awaiting" | "yourSide" | "requester" | "recipient">;
} & BadgeProps) {
  const { t } = useTranslation();
  const turn = turnOf(connection);
  if (turn === "settled") return null;
  const style = TURN_STYLE[turn];
  const Icon =
    turn === "you" ? IconBellRinging : turn === "either" ? IconArrowsExchange : IconHourglassHigh;
  const label =
    turn === "you"
      ? t("connections.turn.you")
      : turn === "either"
        ? t("connections.turn.either")
        : connection.awaiting === "requester" || connection.awaiting === "recipient"
          ? t("connections.turn.them", {
              organization: partyOn(connection, connection.awaiting).name,
            })
          : t("connections.turn.either");
  return (
    <Badge
      color={style.color}
      variant={style.variant}
      tt="none"
      leftSection={<Icon size={12} aria-hidden />}
      data-testid="connection-turn"
      {...props}
    >
      {label}
    </Badge>
  );
}
