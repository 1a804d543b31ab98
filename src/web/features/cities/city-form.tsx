import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type City,
  type CityDetail,
  type CityInput,
  CONTINENTS,
  type Continent,
} from "../../app/api-types.ts";
import { countryOptions } from "../../components/countries.ts";
import { OrganizationPicker } from "../../components/entity-pickers.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { isTimeZone, timeZoneOptions } from "../../components/time-zones.ts";
import { useFormat } from "../../components/use-format.ts";
import { useSaveCity } from "./mutations.ts";

interface CityFormValues {
  name: string;
  slug: string;
  country: string | null;
  province: string;
  continent: string | null;
  population: number | string;
  latitude: number | string;
  longitude: number | string;
  timeZone: string | null;
  organizationId: string | null;
}

export function CityForm({
  city,
  onDone,
  onCancel,
}: {
  city: City | CityDetail | null;
  onDone: (city: City) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveCity();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const countries = useMemo(() => countryOptions(format.locale), [format.locale]);
  const zones = useMemo(() => timeZoneOptions(), []);
  const organizationLabel =
    city && "organization" in city ? (city.organization?.name ?? null) : null;

  const form = useForm<CityFormValues>({
    initialValues: {
      name: city?.name ?? "",
      slug: city?.slug ?? "",
      country: city?.country ?? null,
      province: city?.province ?? "",
      continent: city?.continent ?? null,
      population: city?.population ?? "",
      latitude: city?.latitude ?? "",
      longitude: city?.longitude ?? "",
      timeZone: city?.timeZone ?? null,
      organizationId: city?.organizationId ?? null,
    },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      slug: (value) =>
        !value || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? null : t("validation.slug"),
      country: (value) => (value ? null : t("validation.required")),
      population: (value) =>
        typeof value === "number" && value >= 0 ? null : t("validation.nonNegative"),
      latitude: (value) =>
        typeof value === "number" && value >= -90 && value <= 90
          ? null
          : t("validation.range", { min: -90, max: 90 }),
      longitude: (value) =>
        typeof value === "number" && value >= -180 && value <= 180
          ? null
          : t("validation.range", { min: -180, max: 180 }),
      timeZone: (value) => (value && isTimeZone(value) ? null : t("validation.timeZone")),
    },
  });

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const input: CityInput = {
      name: values.name.trim(),
      country: values.country ?? "",
      province: values.province.trim() || null,
      population: Number(values.population),
      latitude: Number(values.latitude),
      longitude: Number(values.longitude),
      timeZone: values.timeZone ?? "",
      organizationId: values.organizationId,
    };
    if (values.continent) input.continent = values.continent as Continent;
    if (values.slug) input.slug = values.slug;
    save.mutate(
      { id: city?.id ?? null, input },
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
          <Select
            label={t("fields.country")}
            required
            searchable
            data={countries}
            nothingFoundMessage={t("common.noResults")}
            {...form.getInputProps("country")}
          />
          <TextInput label={t("fields.province")} {...form.getInputProps("province")} />
          <Select
            label={t("fields.continent")}
            description={t("fields.continentHint")}
            clearable
            data={CONTINENTS.map((code) => ({ value: code, label: t(`continents.${code}`) }))}
            {...form.getInputProps("continent")}
          />
          <NumberInput
            label={t("fields.population")}
            required
            min={0}
            thousandSeparator
            allowDecimal={false}
            {...form.getInputProps("population")}
          />
          <NumberInput
            label={t("fields.latitude")}
            required
            min={-90}
            max={90}
            decimalScale={5}
            {...form.getInputProps("latitude")}
          />
          <NumberInput
            label={t("fields.longitude")}
            required
            min={-180}
            max={180}
            decimalScale={5}
            {...form.getInputProps("longitude")}
          />
          <Select
            label={t("fields.timeZone")}
            required
            searchable
            data={zones}
            limit={50}
            nothingFoundMessage={t("common.noResults")}
            {...form.getInputProps("timeZone")}
          />
          <OrganizationPicker
            label={t("fields.cityGovernment")}
            description={t("fields.cityGovernmentHint")}
            kind="city-government"
            value={form.values.organizationId}
            valueLabel={organizationLabel}
            onChange={(id) => form.setFieldValue("organizationId", id)}
            error={form.errors.organizationId}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {city ? t("common.save") : t("common.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
