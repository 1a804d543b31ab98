import { Badge, type BadgeProps, Box, Group, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  BUDGET_BANDS,
  type BudgetBand,
  CHALLENGE_STATUSES,
  type ChallengeStatus,
  type ItemType,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  type Visibility,
} from "../app/api-types.ts";
import { useAreaName, useSdg } from "./taxonomy.ts";

export const ITEM_TYPE_COLORS: Record<ItemType, string> = {
  challenge: "orange",
  solution: "dusk",
  case: "civic",
};

export function ItemTypeBadge({ type, ...props }: { type: ItemType } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={ITEM_TYPE_COLORS[type]} {...props}>
      {t(`itemTypes.${type}`)}
    </Badge>
  );
}

const VISIBILITY_COLORS: Record<Visibility, string> = {
  public: "green",
  members: "blue",
  draft: "gray",
};

export function VisibilityBadge({ visibility, ...props }: { visibility: Visibility } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={VISIBILITY_COLORS[visibility]} {...props}>
      {t(`visibility.${visibility}`)}
    </Badge>
  );
}

const STATUS_COLORS: Record<ChallengeStatus, string> = {
  open: "green",
  "in-talks": "blue",
  matched: "grape",
  closed: "gray",
};

function isChallengeStatus(value: string): value is ChallengeStatus {
  return (CHALLENGE_STATUSES as readonly string[]).includes(value);
}

export function ChallengeStatusBadge({ status, ...props }: { status: string } & BadgeProps) {
  const { t } = useTranslation();
  if (!isChallengeStatus(status)) return null;
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} {...props}>
      {t(`challengeStatuses.${status}`)}
    </Badge>
  );
}

export function isStage(value: string | null): value is ProcurementStage {
  return (PROCUREMENT_STAGES as readonly string[]).includes(value ?? "");
}

export function StageBadge({ stage, ...props }: { stage: string } & BadgeProps) {
  const { t } = useTranslation();
  if (!isStage(stage)) return null;
  return (
    <Badge variant="light" color="gray" tt="none" {...props}>
      {t(`stages.${stage}`)}
    </Badge>
  );
}

export function isBudgetBand(value: string | null): value is BudgetBand {
  return (BUDGET_BANDS as readonly string[]).includes(value ?? "");
}

export function BudgetBandBadge({ band, ...props }: { band: string } & BadgeProps) {
  const { t } = useTranslation();
  if (!isBudgetBand(band) || band === "unspecified") return null;
  return (
    <Badge variant="light" color="yellow" tt="none" {...props}>
      {t(`budgetBands.${band}`)}
    </Badge>
  );
}

export function TrlBadge({ trl, ...props }: { trl: number } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t("trl.tooltip", { level: trl })}>
      <Badge variant="light" color="indigo" tt="none" {...props}>
        {t("trl.short", { level: trl })}
      </Badge>
    </Tooltip>
  );
}

/** Dark text on light goal colours (7 yellow, 2 mustard…), white on the others. */
function readableOn(hex: string): string {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance > 0.62 ? "#1a1b1e" : "#ffffff";
}

/** Small coloured squares with the goal numbers; names in tooltips and for screen readers. */
export function SdgChips({ sdgs, size = 22 }: { sdgs: number[]; size?: number }) {
  const { t } = useTranslation();
  const sdg = useSdg();
  if (sdgs.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {sdgs.map((number) => {
        const info = sdg(number);
        const label = t("sdg.label", { number, name: info.name });
        return (
          <Tooltip key={number} label={label}>
            <Box
              component="li"
              aria-label={label}
              w={size}
              h={size}
              style={{
                background: info.color,
                color: readableOn(info.color),
                borderRadius: 4,
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                fontSize: size * 0.5,
                fontWeight: 800,
                flexShrink: 0,
              }}
            >
              <span aria-hidden="true">{number}</span>
            </Box>
          </Tooltip>
        );
      })}
    </Group>
  );
}

/** Goal tiles with number and name, for detail pages. */
export function SdgTiles({ sdgs }: { sdgs: number[] }) {
  const sdg = useSdg();
  return (
    <Group gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {sdgs.map((number) => {
        const info = sdg(number);
        return (
          <Group
            key={number}
            component="li"
            gap={8}
            wrap="nowrap"
            px={10}
            py={6}
            style={{
              background: info.color,
              color: readableOn(info.color),
              borderRadius: "var(--mantine-radius-md)",
            }}
          >
            <Text fw={800} fz={20} lh={1} inherit>
              {number}
            </Text>
            <Text size="sm" fw={600} lh={1.2} inherit maw={180}>
              {info.name}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}

export function DomainBadges({
  domains,
  max,
  size = "sm",
}: {
  domains: string[];
  max?: number;
  size?: BadgeProps["size"];
}) {
  const areaName = useAreaName();
  const shown = max === undefined ? domains : domains.slice(0, max);
  return (
    <Group gap={6}>
      {shown.map((domain) => (
        <Badge key={domain} variant="outline" color="gray" size={size} tt="none">
          {areaName(domain)}
        </Badge>
      ))}
      {domains.length > shown.length ? (
        <Badge variant="transparent" color="gray" size={size}>
          +{domains.length - shown.length}
        </Badge>
      ) : null}
    </Group>
  );
}
