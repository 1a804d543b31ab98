import { Button, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconBell,
  IconBellRingingFilled,
  IconBookmark,
  IconBookmarkFilled,
} from "@tabler/icons-react";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { SavedKind } from "../app/api-types.ts";
import { useMe } from "../app/session.ts";
import { errorDetail, errorTitle } from "./errors.tsx";
import { isSaved, type SaveToggle, useSavedItems, useToggleSaved } from "./saved-items.ts";

/** Bookmarks, follows or undoes either, and says so when the server refuses. */
export function useSaveToggle() {
  const { t } = useTranslation();
  const toggle = useToggleSaved();
  const { mutate } = toggle;
  const run = useCallback(
    (change: SaveToggle) =>
      mutate(change, {
        onError: (error) =>
          notifications.show({
            color: "red",
            title: errorTitle(t, error),
            message: errorDetail(t, error) || t("saved.failed"),
          }),
      }),
    [mutate, t],
  );
  return run;
}

const ICONS = {
  bookmark: { off: IconBookmark, on: IconBookmarkFilled },
  follow: { off: IconBell, on: IconBellRingingFilled },
} as const;

function ToggleButton({
  kind,
  item,
  saved,
  disabled,
}: {
  kind: SavedKind;
  item: SaveToggle["item"];
  saved: boolean;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const toggle = useSaveToggle();
  const Icon = saved ? ICONS[kind].on : ICONS[kind].off;
  return (
    <Tooltip label={t(`saved.${kind}Hint`)} multiline maw={260} openDelay={400}>
      <Button
        variant={saved ? "light" : "default"}
        leftSection={<Icon size={16} aria-hidden />}
        aria-pressed={saved}
        disabled={disabled}
        data-testid={`${kind}-toggle`}
        onClick={() => toggle({ kind, item, saved: !saved })}
      >
        {t(saved ? `saved.${kind}On` : `saved.${kind}Off`)}
      </Button>
    </Tooltip>
  );
}

/**
 * Bookmark and Follow toggles for a challenge, solution or case page; a sign-in link
 * for readers who are not signed in.
 */
export function SaveButtons({ item }: { item: SaveToggle["item"] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const saved = useSavedItems(Boolean(me.data));
  if (me.data === undefined) return null;
  if (me.data === null) {
    return (
      <Button
        component={Link}
        to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
        variant="subtle"
        leftSection={<IconBookmark size={16} aria-hidden />}
      >
        {t("saved.signIn")}
      </Button>
    );
  }
  return (
    <>
      {(["bookmark", "follow"] as const).map((kind) => (
        <ToggleButton
          key={kind}
          kind={kind}
          item={item}
          saved={isSaved(saved.data, { kind, type: item.type, id: item.id })}
          disabled={!saved.isSuccess}
        />
      ))}
    </>
  );
}
