import { Anchor, Button, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { isApiError } from "../../app/api.ts";
import { LOCALES, type Locale } from "../../app/api-types.ts";
import { changeLocale, currentLocale, LANGUAGE_NAMES } from "../../app/i18n.ts";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { AuthCard } from "./auth-card.tsx";
import { useSignUp } from "./mutations.ts";
import { MIN_PASSWORD_LENGTH, safeNext } from "./utils.ts";

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signUp = useSignUp();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { name: "", email: "", password: "", locale: currentLocale() as string },
    validate: {
      name: (value) => (value.trim() ? null : t("validation.required")),
      email: (value) => (/^\S+@\S+$/.test(value) ? null : t("validation.email")),
      password: (value) =>
        value.length >= MIN_PASSWORD_LENGTH
          ? null
          : t("validation.passwordLength", { min: MIN_PASSWORD_LENGTH }),
    },
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    const locale = values.locale as Locale;
    signUp.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password, locale },
      {
        onSuccess: async () => {
          if (locale !== currentLocale()) await changeLocale(locale);
          void navigate(safeNext(params.get("next")), { replace: true });
        },
        onError: (err) => {
          if (isApiError(err, "conflict")) form.setFieldError("email", t("auth.emailTaken"));
          else if (!applyServerErrors(form, err)) setError(err);
        },
      },
    );
  });

  return (
    <AuthCard
      title={t("auth.signUpTitle")}
      subtitle={t("auth.signUpSubtitle")}
      footer={
        <>
          {t("auth.haveAccount")}{" "}
          <Anchor component={Link} to="/sign-in" fw={600}>
            {t("nav.signIn")}
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error ? <ErrorAlert error={error} /> : null}
          <TextInput
            label={t("fields.personName")}
            autoComplete="name"
            required
            {...form.getInputProps("name")}
          />
          <TextInput
            label={t("fields.email")}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label={t("fields.password")}
            description={t("auth.passwordHint", { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps("password")}
          />
          <Select
            label={t("fields.locale")}
            data={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))}
            allowDeselect={false}
            {...form.getInputProps("locale")}
          />
          <Button type="submit" fullWidth loading={signUp.isPending} size="md">
            {t("auth.signUpAction")}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
