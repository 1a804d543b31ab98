import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  IconAlertTriangle,
  IconCheck,
  IconFileCertificate,
  IconHandStop,
  IconLock,
  IconMessageCircle,
  IconSignature,
  IconUsers,
  IconX,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../app/api.ts";
import type {
  Connection,
  ConnectionAction,
  ConnectionActionInput,
  ConnectionSide,
} from "../../app/api-types.ts";
import { useInvalidateConnections } from "../../components/connections.ts";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import {
  amountOf,
  DAY_PATTERN,
  useCurrencyOptions,
  useNumberSeparators,
} from "../../components/item-form.tsx";
import { useFormat } from "../../components/use-format.ts";
import {
  AMOUNT_PATTERN,
  isAnswer,
  isEnding,
  offeredActions,
  otherSide,
  partyOn,
  turnOf,
} from "./funnel.ts";
import { useConnectionAction } from "./mutations.ts";

/** Translation keys of the actions (i18next keys are camelCase here). */
export const ACTION_KEYS = {
  accept: "accept",
  decline: "decline",
  withdraw: "withdraw",
  "record-meeting": "recordMeeting",
  "propose-intention": "proposeIntention",
  "confirm-intention": "confirmIntention",
  "propose-contract": "proposeContract",
  "confirm-contract": "confirmContract",
  close: "close",
} as const satisfies Record<ConnectionAction, string>;

const ACTION_ICONS: Record<ConnectionAction, ReactNode> = {
  accept: <IconCheck size={16} aria-hidden />,
  decline: <IconX size={16} aria-hidden />,
  withdraw: <IconHandStop size={16} aria-hidden />,
  "record-meeting": <IconUsers size={16} aria-hidden />,
  "propose-intention": <IconFileCertificate size={16} aria-hidden />,
  "confirm-intention": <IconCheck size={16} aria-hidden />,
  "propose-contract": <IconSignature size={16} aria-hidden />,
  "confirm-contract": <IconCheck size={16} aria-hidden />,
  close: <IconLock size={16} aria-hidden />,
};

/** The step that takes an open connection to its next stage. */
const FORWARD_STEP: Partial<Record<Connection["status"], ConnectionAction>> = {
  accepted: "record-meeting",
  met: "propose-intention",
  intention: "propose-contract",
};

const NOTE_MAX = 2000;
const SCOPE_MAX = 4000;

/** A first currency to offer, from the reader's language; they can pick any other. */
function defaultCurrency(locale: string): string {
  if (locale.startsWith("zh")) return "CNY";
  if (locale.startsWith("es")) return "EUR";
  return "USD";
}

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface ActionValues {
  note: string;
  meetingOn: string;
  intentionOn: string;
  documentUrl: string;
  value: number | string;
  currency: string | null;
  signedOn: string;
  scope: string;
  reason: string;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function validator(t: TFunction, action: ConnectionAction) {
  const date = (value: string) => (DAY_PATTERN.test(value) ? null : t("validation.date"));
  const note = (value: string) =>
    value.length > NOTE_MAX ? t("validation.maxLength", { max: NOTE_MAX }) : null;
  return {
    note,
    meetingOn: (value: string) => (action === "record-meeting" ? date(value) : null),
    intentionOn: (value: string) => (action === "propose-intention" ? date(value) : null),
    signedOn: (value: string) => (action === "propose-contract" ? date(value) : null),
    documentUrl: (value: string) =>
      action === "propose-intention" && value.trim() !== "" && !isHttpUrl(value.trim())
        ? t("validation.url")
        : null,
    value: (value: number | string) => {
      if (action !== "propose-contract") return null;
      const amount = amountOf(value);
      return amount && AMOUNT_PATTERN.test(amount) ? null : t("validation.amount");
    },
    currency: (value: string | null) =>
      action === "propose-contract" && !value ? t("validation.currencyNeeded") : null,
    scope: (value: string) => {
      if (action !== "propose-contract") return null;
      if (value.trim() === "") return t("validation.required");
      return value.length > SCOPE_MAX ? t("validation.maxLength", { max: SCOPE_MAX }) : null;
    },
    reason: (value: string) =>
      action === "close" && value.trim() === "" ? t("validation.required") : null,
  };
}

function inputOf(action: ConnectionAction, values: ActionValues): ConnectionActionInput {
  const note = values.note.trim();
  switch (action) {
    case "record-meeting":
      return { action, meetingOn: values.meetingOn, note };
    case "propose-intention":
      return {
        action,
        intentionOn: values.intentionOn,
        ...(values.documentUrl.trim() ? { documentUrl: values.documentUrl.trim() } : {}),
        note,
      };
    case "propose-contract":
      return {
        action,
        value: amountOf(values.value) ?? "",
        currency: values.currency ?? "",
        signedOn: values.signedOn,
        scope: values.scope.trim(),
        note,
      };
    case "close":
      return { action, reason: values.reason.trim() };
    default:
      return { action, note };
  }
}

/** What a confirmation confirms: the terms the other side proposed. */
function ProposedTerms({
  connection,
  action,
}: {
  connection: Connection;
  action: ConnectionAction;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (action === "confirm-intention" && connection.intention) {
    return (
      <Paper withBorder p="sm" radius="md" bg="gray.0">
        <Text size="sm" fw={600}>
          {t("connection.intentionOn", { date: format.day(connection.intention.on) })}
        </Text>
        {connection.intention.documentUrl ? (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {connection.intention.documentUrl}
          </Text>
        ) : null}
      </Paper>
    );
  }
  if (action === "confirm-contract" && connection.contract) {
    return (
      <Paper withBorder p="sm" radius="md" bg="gray.0">
        <Text size="lg" fw={700} style={{ fontVariantNumeric: "tabular-nums" }}>
          {format.money(connection.contract.value, connection.contract.currency)}
        </Text>
        <Text size="sm" c="dimmed">
          {t("connection.signedOn", { date: format.day(connection.contract.signedOn) })}
        </Text>
        <Text size="sm" mt={4} className="cm-prose">
          {connection.contract.scope}
        </Text>
      </Paper>
    );
  }
  return null;
}

function ActionForm({
  connection,
  action,
  onDone,
  onCancel,
}: {
  connection: Connection;
  action: ConnectionAction;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const act = useConnectionAction(connection.id);
  const invalidate = useInvalidateConnections();
  const currencies = useCurrencyOptions(format.locale);
  const separators = useNumberSeparators(format.locale);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const key = ACTION_KEYS[action];
  const proposedAgain =
    (action === "propose-intention" && connection.pendingIntentionBy === connection.yourSide) ||
    (action === "propose-contract" && connection.pendingContractBy === connection.yourSide);
  const form = useForm<ActionValues>({
    initialValues: {
      note: "",
      meetingOn: today(),
      intentionOn: (proposedAgain && connection.intention?.on) || today(),
      documentUrl: (proposedAgain && connection.intention?.documentUrl) || "",
      value: proposedAgain && connection.contract ? connection.contract.value : "",
      currency:
        proposedAgain && connection.contract
          ? connection.contract.currency
          : defaultCurrency(format.locale),
      signedOn: (proposedAgain && connection.contract?.signedOn) || today(),
      scope: (proposedAgain && connection.contract?.scope) || "",
      reason: "",
    },
    validate: validator(t, action),
  });

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    act.mutate(inputOf(action, values), {
      onSuccess: () => {
        notifications.show({ color: "civic", message: t(`connection.actions.${key}.done`) });
        onDone();
      },
      onError: (error) => {
        // Out of order: the other side acted meanwhile; show the connection as it is now.
        if (isApiError(error, "conflict")) void invalidate();
        if (!applyServerErrors(form, error)) setGeneralError(error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid={`action-form-${action}`}>
      <Stack gap="md">
        <Text size="sm">
          {t(`connection.actions.${key}.hint`, {
            organization: partyOn(connection, otherSide(connection.yourSide ?? "requester")).name,
          })}
        </Text>
        <ProposedTerms connection={connection} action={action} />
        {action === "record-meeting" ? (
          <TextInput
            type="date"
            label={t("connection.fields.meetingOn")}
            required
            max={today()}
            {...form.getInputProps("meetingOn")}
          />
        ) : null}
        {action === "propose-intention" ? (
          <>
            <TextInput
              type="date"
              label={t("connection.fields.intentionOn")}
              required
              {...form.getInputProps("intentionOn")}
            />
            <TextInput
              type="url"
              label={t("connection.fields.documentUrl")}
              description={t("connection.fields.documentUrlHint")}
              placeholder="https://"
              {...form.getInputProps("documentUrl")}
            />
          </>
        ) : null}
        {action === "propose-contract" ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t("connection.fields.value")}
                required
                min={0}
                decimalScale={2}
                allowNegative={false}
                {...separators}
                {...form.getInputProps("value")}
              />
              <Select
                label={t("fields.currency")}
                data={currencies}
                searchable
                required
                allowDeselect={false}
                nothingFoundMessage={t("common.noResults")}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps("currency")}
              />
            </SimpleGrid>
            <TextInput
              type="date"
              label={t("connection.fields.signedOn")}
              required
              {...form.getInputProps("signedOn")}
            />
            <Textarea
              label={t("connection.fields.scope")}
              description={t("connection.fields.scopeHint")}
              required
              autosize
              minRows={3}
              maxLength={SCOPE_MAX}
              {...form.getInputProps("scope")}
            />
          </>
        ) : null}
        {action === "close" ? (
          <Textarea
            label={t("connection.fields.reason")}
            description={t("connection.fields.reasonHint")}
            required
            autosize
            minRows={3}
            maxLength={NOTE_MAX}
            data-autofocus
            {...form.getInputProps("reason")}
          />
        ) : (
          <Textarea
            label={t("connection.fields.note")}
            description={t("connection.fields.noteHint")}
            autosize
            minRows={2}
            maxLength={NOTE_MAX}
            {...form.getInputProps("note")}
          />
        )}
        {isApiError(generalError, "conflict") ? (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle size={20} aria-hidden />}
            title={t("connection.outOfOrder")}
            data-testid="action-conflict"
          >
            <Text size="sm">{generalError.message}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t("connection.outOfOrderHint")}
            </Text>
          </Alert>
        ) : generalError ? (
          <ErrorAlert error={generalError} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button
            type="submit"
            loading={act.isPending}
            color={isEnding(action) ? "red" : undefined}
            leftSection={ACTION_ICONS[action]}
          >
            {t(`connection.actions.${key}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The sentence at the top of the next-step card: what the funnel waits for. */
function nextStepText(t: TFunction, connection: Connection, side: ConnectionSide): string {
  const other = partyOn(connection, otherSide(side)).name;
  if (connection.status === "requested") {
    return side === "recipient"
      ? t("connection.next.answerRequest", { organization: other })
      : t("connection.next.waitAnswer", { organization: other });
  }
  if (connection.pendingContractBy) {
    return connection.pendingContractBy === side
      ? t("connection.next.waitContract", { organization: other })
      : t("connection.next.confirmContract", { organization: other });
  }
  if (connection.pendingIntentionBy) {
    return connection.pendingIntentionBy === side
      ? t("connection.next.waitIntention", { organization: other })
      : t("connection.next.confirmIntention", { organization: other });
  }
  if (connection.status === "accepted") return t("connection.next.accepted");
  if (connection.status === "met") return t("connection.next.met");
  return t("connection.next.intention");
}

/**
 * The steps the reader's side may take now (the funnel's rules, src/core/funnel), each
 * behind a button that opens its small form.
 */
export function NextStepCard({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ConnectionAction | null>(null);
  // The last action chosen keeps its title while the modal fades out.
  const [shown, setShown] = useState<ConnectionAction | null>(null);
  const choose = (entry: ConnectionAction) => {
    setShown(entry);
    setAction(entry);
  };
  const side = connection.yourSide;
  if (!side) return null;
  const actions = offeredActions(connection);
  // A step refused because the other side moved first leaves nothing to offer: the form
  // stays open with the reason until the reader closes it.
  if (actions.length === 0 && action === null) return null;
  // The step that moves the funnel on comes first and filled: an answer the other side
  // waits for, else the next stage (a meeting, then an intention, then the contract).
  const forward = FORWARD_STEP[connection.status];
  const answers = actions.filter(isAnswer);
  const waitingForThem = turnOf(connection) === "them";
  const primary =
    answers.length > 0
      ? answers
      : waitingForThem
        ? []
        : actions.filter((entry) => entry === forward);
  const ordered = [
    ...primary,
    ...actions.filter((entry) => !primary.includes(entry) && !isEnding(entry)),
    ...actions.filter((entry) => !primary.includes(entry) && isEnding(entry)),
  ];
  const label = (entry: ConnectionAction) => {
    if (entry === "propose-intention" && connection.pendingIntentionBy === side)
      return t("connection.again.proposeIntention");
    if (entry === "propose-contract" && connection.pendingContractBy === side)
      return t("connection.again.proposeContract");
    return t(`connection.actions.${ACTION_KEYS[entry]}.button`);
  };
  const modal = (
    <Modal
      opened={action !== null}
      onClose={() => setAction(null)}
      title={shown ? t(`connection.actions.${ACTION_KEYS[shown]}.title`) : ""}
      size="lg"
      centered
    >
      {shown ? (
        <ActionForm
          key={shown}
          connection={connection}
          action={shown}
          onDone={() => setAction(null)}
          onCancel={() => setAction(null)}
        />
      ) : null}
    </Modal>
  );
  // The modal stays at one place in the tree whether the card shows or not, so a form
  // that outlives its button (the step was refused or just done) keeps its state.
  return (
    <>
      {actions.length > 0 ? (
        <Card
          component="section"
          aria-labelledby="next-step-title"
          bg="civic.0"
          style={{ borderColor: "var(--mantine-color-civic-2)" }}
          data-testid="next-step"
        >
          <Group gap="sm" mb={6} wrap="nowrap">
            <IconMessageCircle size={20} aria-hidden color="var(--mantine-color-civic-8)" />
            <Title order={2} size="h4" id="next-step-title">
              {t("connection.nextStep")}
            </Title>
          </Group>
          <Text size="sm" mb="md">
            {nextStepText(t, connection, side)}
          </Text>
          <Group gap="sm">
            {ordered.map((entry) => (
              <Button
                key={entry}
                onClick={() => choose(entry)}
                leftSection={ACTION_ICONS[entry]}
                variant={isEnding(entry) ? "default" : primary.includes(entry) ? "filled" : "white"}
                color={isEnding(entry) ? "red" : undefined}
                aria-haspopup="dialog"
              >
                {label(entry)}
              </Button>
            ))}
          </Group>
        </Card>
      ) : null}
      {modal}
    </>
  );
}
