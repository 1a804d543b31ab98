import { ActionIcon, Indicator, Tooltip } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../components/use-format.ts";
import { useInbox } from "./data.ts";

/** The header's bell: the unread count (asked for every minute) and the way to the inbox. */
export function InboxBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const inbox = useInbox();
  const unread = inbox.data?.unread ?? 0;
  const label = unread > 0 ? t("inbox.bellUnread", { count: unread }) : t("inbox.bell");
  return (
    <Tooltip label={label} openDelay={300}>
      <Indicator
        // The link's name says the count; the badge is for the eye only.
        label={<span aria-hidden="true">{unread > 99 ? "99+" : format.integer(unread)}</span>}
        disabled={unread === 0}
        size={18}
        offset={6}
        color="red"
        inline
        data-testid="inbox-unread"
        data-unread={unread}
      >
        <ActionIcon
          component={Link}
          to="/inbox"
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
          data-testid="inbox-bell"
        >
          <IconBell size={20} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
