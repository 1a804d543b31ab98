import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type CityEvent,
  EVENT_STATUSES,
  type EventInput,
  type EventStatus,
} from "../../app/api-types.ts";
import { CityPicker } from "../../components/entity-pickers.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { isTimeZone, timeZoneOptions } from "../../components/time-zones.ts";
import { useSaveEvent } from "./mutations.ts";

interface EventFormValues {
  name: string;
  slug: string;
  hostCityId: string | null;
  venue: string;
  startsOn: string;
  endsOn: string;
  timeZone: string | null;
  status: string;
  website: string;
  description: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function EventForm({
  event,
  onDone,
  onCancel,
}: {
  event: CityEvent | null;
  onDone: (event: CityEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEvent();
  const zones = useMemo(() => timeZoneOptions(), []);
  const [generalError, setGeneralError] = useState<unknown>(null);

  const form = useForm<EventFormValues>({
    initialValues: {
      name: event?.name ?? "",
      slug: event?.slug ?? "",
      hostCityId: event?.hostCity.id ?? null,
      venue: event?.venue ?? "",
      startsOn: event?.startsOn ?? "",
      endsOn: event?.endsOn ?? "",
      timeZone: event?.timeZone ?? null,
      status: event?.status ?? "draft",
      website: event?.website ?? "",
      description: event?.description ?? "",
    },
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t("validation.minLength", { min: 2 })),
      slug: (value) =>
        !value || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? null : t("validation.slug"),
      hostCityId: (value) => (value ? null : t("validation.required")),
      startsOn: (value) => (DAY.test(value) ? null : t("validation.date")),
      endsOn: (value, values) =>
        !DAY.test(value)
          ? t("validation.date")
          : value < values.startsOn
            ? t("validation.endBeforeStart")
            : null,
      timeZone: (value) => (!value || isTimeZone(value) ? null : t("validation.timeZone")),
      website: (value) => {
        if (!value) return null;
        try {
          new URL(value);
          return null;
        } catch {
          return t("validation.url");
        }
      },
    },
  });

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const input: EventInput = {
      name: values.name.trim(),
      hostCityId: values.hostCityId ?? "",
      venue: values.venue.trim(),
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      status: values.status as EventStatus,
      description: values.description.trim(),
      website: values.website.trim() || null,
    };
    if (values.timeZone) input.timeZone = values.timeZone;
    if (values.slug) input.slug = values.slug;
    save.mutate(
      { id: event?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "civic", message: t("common.saved") });
          onDone(saved);
        },
        onError: (error) => {
          if (!applyServerErrors(form, error)) setGeneralError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("fields.name")} required {...form.getInputProps("name")} />
          <TextInput
            label={t("fields.slug")}
            description={t("fields.slugHint")}
            {...form.getInputProps("slug")}
          />
          <CityPicker
            label={t("fields.hostCity")}
            required
            value={form.values.hostCityId}
            valueLabel={event?.hostCity.name ?? null}
            onChange={(id, city) => {
              form.setFieldValue("hostCityId", id);
              if (city && !form.values.timeZone) form.setFieldValue("timeZone", city.timeZone);
            }}
            error={form.errors.hostCityId}
          />
          <TextInput label={t("fields.venue")} {...form.getInputProps("venue")} />
          <TextInput
            type="date"
            label={t("fields.startsOn")}
            required
            {...form.getInputProps("startsOn")}
          />
          <TextInput
            type="date"
            label={t("fields.endsOn")}
            required
            {...form.getInputProps("endsOn")}
          />
          <Select
            label={t("fields.timeZone")}
            description={t("fields.timeZoneHint")}
            searchable
            clearable
            data={zones}
            limit={50}
            nothingFoundMessage={t("common.noResults")}
            {...form.getInputProps("timeZone")}
          />
          <Select
            label={t("fields.status")}
            required
            allowDeselect={false}
            data={EVENT_STATUSES.map((status) => ({
              value: status,
              label: t(`statuses.${status}`),
            }))}
            {...form.getInputProps("status")}
          />
          <TextInput
            label={t("fields.website")}
            type="url"
            placeholder="https://"
            {...form.getInputProps("website")}
          />
        </SimpleGrid>
        <Textarea
          label={t("fields.description")}
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps("description")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {event ? t("common.save") : t("common.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
