import {
  Anchor,
  Box,
  Button,
  Card,
  Divider,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconBellOff, IconCalendarTime, IconChecks, IconPlugConnected } from "@tabler/icons-react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { InboxNotification } from "../../app/api-types.ts";
import { PageContainer } from "../../app/layout.tsx";
import { ErrorAlert } from "../../components/errors.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { SignedIn } from "../../components/signed-in.tsx";
import { useFormat } from "../../components/use-format.ts";
import { useInbox, useMarkRead } from "./data.ts";
import { isMeetingNotification, notificationTitle } from "./notification-text.ts";

function NotificationRow({
  notification,
  onOpen,
}: {
  notification: InboxNotification;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = notificationTitle(t, notification);
  // Only app paths: a link is the server's, but it never leads off the site.
  const to = notification.connectionId
    ? `/connections/${notification.connectionId}`
    : notification.link?.startsWith("/")
      ? notification.link
      : null;
  const Icon = isMeetingNotification(notification) ? IconCalendarTime : IconPlugConnected;
  return (
    <Box
      component="li"
      px="lg"
      py="md"
      bg={notification.read ? undefined : "civic.0"}
      data-testid="notification"
      data-read={notification.read ? "true" : "false"}
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon
          variant={notification.read ? "light" : "filled"}
          color={notification.read ? "gray" : "civic"}
          size={34}
          radius="xl"
          aria-hidden
        >
          <Icon size={18} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
            <Text fw={notification.read ? 500 : 700} style={{ overflowWrap: "anywhere" }}>
              {to ? (
                <Anchor component={Link} to={to} inherit c="dark.8" onClick={onOpen}>
                  {title}
                </Anchor>
              ) : (
                title
              )}
              {notification.read ? null : (
                <Text span size="xs" c="civic.8" fw={700} ml={8}>
                  {t("inbox.new")}
                </Text>
              )}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              <time dateTime={notification.createdAt}>
                {format.dateTime(notification.createdAt)}
              </time>
            </Text>
          </Group>
          {notification.body ? (
            <Text size="sm" c="dimmed" lineClamp={3} className="cm-prose">
              {notification.body}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Box>
  );
}

function InboxList() {
  const { t } = useTranslation();
  const format = useFormat();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get("show") === "unread";
  const unread = inbox.data?.unread ?? 0;
  const items = (inbox.data?.items ?? []).filter((item) => !unreadOnly || !item.read);

  let body: ReactNode;
  if (inbox.isPending) {
    body = (
      <Stack p="lg" gap="md" aria-busy="true">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} height={56} />
        ))}
      </Stack>
    );
  } else if (inbox.isError) {
    body = (
      <Box p="lg">
        <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      </Box>
    );
  } else if (items.length === 0) {
    body = (
      <Stack align="center" gap="xs" py={48} px="md" ta="center" data-testid="inbox-empty">
        <ThemeIcon variant="light" color="dusk" size={48} radius="xl" aria-hidden>
          <IconBellOff size={24} />
        </ThemeIcon>
        <Title order={2} size="h4" mt="xs">
          {unreadOnly ? t("inbox.emptyUnread") : t("inbox.empty")}
        </Title>
        <Text c="dimmed" maw={460}>
          {t("inbox.emptyHint")}
        </Text>
        <Anchor component={Link} to="/connections" fw={600} mt="xs">
          {t("nav.connections")}
        </Anchor>
      </Stack>
    );
  } else {
    body = (
      <Stack
        component="ul"
        gap={0}
        style={{ listStyle: "none", margin: 0, padding: 0 }}
        data-testid="inbox-list"
      >
        {items.map((notification, index) => (
          <Fragment key={notification.id}>
            {index > 0 ? <Divider component="li" aria-hidden /> : null}
            <NotificationRow
              notification={notification}
              onOpen={() => {
                if (!notification.read) markRead.mutate([notification.id]);
              }}
            />
          </Fragment>
        ))}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title={t("inbox.title")}
        description={t("inbox.description")}
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden />}
            onClick={() => markRead.mutate(undefined)}
            disabled={unread === 0}
            loading={markRead.isPending}
          >
            {t("inbox.markAllRead")}
          </Button>
        }
      />
      <Group justify="space-between" mb="md" gap="md">
        <SegmentedControl
          value={unreadOnly ? "unread" : "all"}
          onChange={(value) =>
            setParams(value === "unread" ? { show: "unread" } : {}, { replace: true })
          }
          data={[
            { value: "all", label: t("inbox.all") },
            { value: "unread", label: t("inbox.unreadOnly") },
          ]}
        />
        {inbox.isSuccess ? (
          <Text size="sm" c="dimmed" role="status">
            {t("inbox.unreadCount", { count: unread, formatted: format.integer(unread) })}
          </Text>
        ) : null}
      </Group>
      <Card p={0}>{body}</Card>
    </>
  );
}

export function InboxPage() {
  return (
    <PageContainer size="lg">
      <SignedIn>{() => <InboxList />}</SignedIn>
    </PageContainer>
  );
}
