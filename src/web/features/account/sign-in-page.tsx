import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { isApiError } from "../../app/api.ts";
import { changeLocale, currentLocale, isLocale } from "../../app/i18n.ts";
import { applyServerErrors, ErrorAlert } from "../../components/errors.tsx";
import { AuthCard } from "./auth-card.tsx";
import { useSignIn } from "./mutations.ts";
import { safeNext } from "./utils.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value) ? null : t("validation.email")),
      password: (value) => (value ? null : t("validation.required")),
    },
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: async (me) => {
          // The person's saved language wins over this device's, once, at sign-in.
          if (isLocale(me.person.locale) && me.person.locale !== currentLocale()) {
            await changeLocale(me.person.locale);
          }
          void navigate(safeNext(params.get("next")), { replace: true });
        },
        onError: (err) => {
          if (!applyServerErrors(form, err)) setError(err);
        },
      },
    );
  });

  const wrongCredentials = isApiError(error, "unauthenticated");

  return (
    <AuthCard
      title={t("auth.signInTitle")}
      subtitle={t("auth.signInSubtitle")}
      footer={
        <>
          {t("auth.noAccount")}{" "}
          <Anchor component={Link} to="/sign-up" fw={600}>
            {t("nav.signUp")}
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error ? (
            wrongCredentials ? (
              <Alert
                color="red"
                variant="light"
                role="alert"
                icon={<IconLock size={18} aria-hidden />}
              >
                {t("auth.wrongCredentials")}
              </Alert>
            ) : (
              <ErrorAlert error={error} />
            )
          ) : null}
          <TextInput
            label={t("fields.email")}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label={t("fields.password")}
            autoComplete="current-password"
            required
            {...form.getInputProps("password")}
          />
          <Button type="submit" fullWidth loading={signIn.isPending} size="md">
            {t("auth.signInAction")}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
