import {
  Alert,
  Anchor,
  Button,
  type ButtonProps,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import {
  IconBulb,
  IconCircleCheck,
  IconInfoCircle,
  IconPlugConnected,
  IconTargetArrow,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../app/api.ts";
import type { Connection } from "../app/api-types.ts";
import { useMe } from "../app/session.ts";
import {
  type ConnectTarget,
  findOpenConnection,
  useOpenConnections,
  usePublishedEditions,
  useRequestConnection,
} from "./connections.ts";
import { applyServerErrors, ErrorAlert } from "./errors.tsx";
import { useFormat } from "./use-format.ts";

const MESSAGE_MAX = 4000;

interface ConnectValues {
  message: string;
  eventId: string | null;
}

function Subject({ target }: { target: ConnectTarget }) {
  const { t } = useTranslation();
  const rows = [
    target.challenge
      ? { key: "challenge", icon: <IconTargetArrow size={16} />, title: target.challenge.title }
      : null,
    target.solution
      ? { key: "solution", icon: <IconBulb size={16} />, title: target.solution.title }
      : null,
  ].filter((row) => row !== null);
  if (rows.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.04em" }}>
        {t("connect.about")}
      </Text>
      {rows.map((row) => (
        <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="dusk" size={24} radius="sm" aria-hidden>
            {row.icon}
          </ThemeIcon>
          <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
            <Text span c="dimmed" inherit fw={400}>
              {t(`itemTypes.${row.key as "challenge" | "solution"}`)}:{" "}
            </Text>
            {row.title}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Shown on a 409: an open connection about this already exists; link to it. */
function AlreadyConnected({ target, ownId }: { target: ConnectTarget; ownId: string }) {
  const { t } = useTranslation();
  const open = useOpenConnections(true);
  const existing: Connection | null = open.data
    ? findOpenConnection(open.data.items, ownId, target)
    : null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconInfoCircle size={20} aria-hidden />}
      title={t("connect.alreadyTitle")}
      role="alert"
      data-testid="connect-already"
    >
      <Stack gap={6} align="flex-start">
        <Text size="sm">{t("connect.alreadyText", { organization: target.recipient.name })}</Text>
        <Group gap="md">
          {existing ? (
            <Anchor component={Link} to={`/connections/${existing.id}`} size="sm" fw={600}>
              {t("connect.openExisting")}
            </Anchor>
          ) : null}
          <Anchor component={Link} to="/connections" size="sm" fw={600}>
            {t("connect.seeAll")}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

function ConnectForm({
  target,
  ownId,
  eventId,
  onClose,
}: {
  target: ConnectTarget;
  ownId: string;
  eventId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const request = useRequestConnection();
  const editions = usePublishedEditions();
  const [sent, setSent] = useState<Connection | null>(null);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<ConnectValues>({
    initialValues: { message: "", eventId },
    validate: {
      message: (value) =>
        value.trim().length > MESSAGE_MAX ? t("validation.maxLength", { max: MESSAGE_MAX }) : null,
    },
  });

  if (sent) {
    return (
      <Stack gap="md" data-testid="connect-sent">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCircleCheck size={24} color="var(--mantine-color-civic-7)" aria-hidden />
          <div>
            <Text fw={700} role="status">
              {t("connect.sent")}
            </Text>
            <Text size="sm" c="dimmed">
              {t("connect.sentHint", { organization: target.recipient.name })}
            </Text>
          </div>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
          <Button component={Link} to={`/connections/${sent.id}`}>
            {t("connect.openConnection")}
          </Button>
        </Group>
      </Stack>
    );
  }

  const conflict = isApiError(generalError, "conflict");
  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    request.mutate(
      {
        recipientOrganizationId: target.recipient.id,
        ...(target.challenge ? { challengeId: target.challenge.id } : {}),
        ...(target.solution ? { solutionId: target.solution.id } : {}),
        ...(values.eventId ? { eventId: values.eventId } : {}),
        message: values.message.trim(),
      },
      {
        onSuccess: (connection) => setSent(connection),
        onError: (error) => {
          if (!applyServerErrors(form, error)) setGeneralError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Subject target={target} />
        <Select
          label={t("connect.edition")}
          description={t("connect.editionHint")}
          placeholder={t("connect.noEdition")}
          data={(editions.data?.items ?? []).map((edition) => ({
            value: edition.id,
            label: `${edition.name} · ${format.dayRange(edition.startsOn, edition.endsOn)}`,
          }))}
          clearable
          allowDeselect
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("eventId")}
        />
        <Textarea
          label={t("connect.message")}
          description={t("connect.messageHint")}
          placeholder={t("connect.messagePlaceholder")}
          autosize
          minRows={4}
          maxRows={10}
          maxLength={MESSAGE_MAX}
          data-autofocus
          {...form.getInputProps("message")}
        />
        {conflict ? (
          <AlreadyConnected target={target} ownId={ownId} />
        ) : generalError ? (
          <ErrorAlert error={generalError} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            type="submit"
            loading={request.isPending}
            disabled={conflict}
            leftSection={<IconPlugConnected size={16} aria-hidden />}
          >
            {t("connect.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * "Connect": asks the organization behind an item (or the other side of a recommended
 * pair) to connect, with a message. Shown only to signed-in members of another
 * organization; the target is null otherwise. `eventId` preselects the edition the
 * connection counts in (a published one: the form offers no other).
 */
export function ConnectButton({
  target,
  eventId = null,
  ...buttonProps
}: { target: ConnectTarget | null; eventId?: string | null } & ButtonProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { open, close }] = useDisclosure(false);
  const ownId = me.data?.organization?.id;
  if (!target || !ownId || ownId === target.recipient.id) return null;
  return (
    <>
      <Button
        leftSection={<IconPlugConnected size={16} aria-hidden />}
        onClick={open}
        aria-haspopup="dialog"
        // Cards on one page each have a Connect button: the name says with whom.
        aria-label={t("connect.title", { organization: target.recipient.name })}
        {...buttonProps}
      >
        {t("connect.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t("connect.title", { organization: target.recipient.name })}
        size="lg"
        centered
      >
        {/* The modal unmounts its content when closed: every opening starts afresh. */}
        <ConnectForm target={target} ownId={ownId} eventId={eventId} onClose={close} />
      </Modal>
    </>
  );
}
