import {
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationDetail,
  type OrganizationInput,
  type OrganizationKind,
} from "../../app/api-types.ts";
import { countryOptions } from "../../components/countries.ts";
import { CityPicker } from "../../components/entity-pickers.tsx";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { useAreaOptions } from "../../components/taxonomy.ts";
import { useFormat } from "../../components/use-format.ts";
import { useSaveOrganization } from "./mutations.ts";

interface OrganizationFormValues {
  name: string;
  slug: string;
  kind: string | null;
  country: string | null;
  cityId: string | null;
  cityName: string;
  website: string;
  logoUrl: string;
  domains: string[];
  description: string;
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export function OrganizationForm({
  organization,
  onDone,
  onCancel,
}: {
  organization: Organization | OrganizationDetail | null;
  onDone: (organization: Organization) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveOrganization();
  const areaOptions = useAreaOptions();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const countries = useMemo(() => countryOptions(format.locale), [format.locale]);

  const form = useForm<OrganizationFormValues>({
    initialValues: {
      name: organization?.name ?? "",
      slug: organization?.slug ?? "",
      kind: organization?.kind ?? null,
      country: organization?.country ?? null,
      cityId: organization?.cityId ?? null,
      cityName: organization?.cityName ?? "",
      website: organization?.website ?? "",
      logoUrl: organization?.logoUrl ?? "",
      domains: organization?.domains ?? [],
      description: organization?.description ?? "",
    },
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t("validation.minLength", { min: 2 })),
      slug: (value) =>
        !value || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? null : t("validation.slug"),
      kind: (value) => (value ? null : t("validation.required")),
      country: (value) => (value ? null : t("validation.required")),
      website: (value) => (!value || isUrl(value) ? null : t("validation.url")),
      logoUrl: (value) => (!value || isUrl(value) ? null : t("validation.url")),
    },
  });

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const input: OrganizationInput = {
      name: values.name.trim(),
      kind: values.kind as OrganizationKind,
      country: values.country ?? "",
      cityId: values.cityId,
      cityName: values.cityName.trim() || null,
      website: values.website.trim() || null,
      logoUrl: values.logoUrl.trim() || null,
      domains: values.domains,
      description: values.description.trim(),
    };
    if (values.slug) input.slug = values.slug;
    save.mutate(
      { id: organization?.id ?? null, input },
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
            label={t("fields.kind")}
            required
            data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            {...form.getInputProps("kind")}
          />
          <Select
            label={t("fields.country")}
            required
            searchable
            data={countries}
            nothingFoundMessage={t("common.noResults")}
            {...form.getInputProps("country")}
          />
          <CityPicker
            label={t("fields.city")}
            value={form.values.cityId}
            valueLabel={organization?.cityName ?? null}
            onChange={(id, city) => {
              form.setFieldValue("cityId", id);
              if (city) {
                form.setFieldValue("cityName", city.name);
                if (!form.values.country) form.setFieldValue("country", city.country);
              }
            }}
            error={form.errors.cityId}
          />
          <TextInput
            label={t("fields.cityName")}
            description={t("fields.cityNameHint")}
            {...form.getInputProps("cityName")}
          />
          <TextInput
            label={t("fields.website")}
            type="url"
            placeholder="https://"
            {...form.getInputProps("website")}
          />
          <TextInput
            label={t("fields.logoUrl")}
            type="url"
            placeholder="https://"
            {...form.getInputProps("logoUrl")}
          />
        </SimpleGrid>
        <MultiSelect
          label={t("fields.domains")}
          description={t("fields.domainsHint")}
          data={areaOptions}
          clearable
          {...form.getInputProps("domains")}
        />
        <Textarea
          label={t("fields.description")}
          autosize
          minRows={4}
          maxRows={12}
          {...form.getInputProps("description")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {organization ? t("common.save") : t("common.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
