import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { placeAuthError } from "./auth-errors.ts";
import { safeRedirect, signIn, useRefreshAfterAuthChange } from "./session.ts";

const route = getRouteApi("/sign-in");

const signInSchema = (t: TFunction<"auth">) =>
  z.object({
    email: z.email(t("invalidEmail")),
    password: z.string().min(1, t("signIn.passwordMissing")),
  });

export function SignInPage() {
  const { t } = useTranslation("auth");
  usePageTitle(t("signIn.title"));
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const refresh = useRefreshAfterAuthChange();
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ mode: "controlled", initialValues: { email: "", password: "" } });

  const submit = async (values: { email: string; password: string }) => {
    setAlert(null);
    const parsed = signInSchema(t).safeParse({ ...values, email: values.email.trim() });
    if (!parsed.success) {
      form.setErrors(placeIssues(parsed.error.issues).errors);
      return;
    }
    setBusy(true);
    try {
      await signIn(parsed.data);
      await refresh();
      await navigate({ to: safeRedirect(redirect) });
    } catch (error) {
      const placed = placeAuthError(error);
      if (placed.field === "email" || placed.field === "password")
        form.setFieldError(placed.field, placed.message);
      else setAlert(placed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p={{ base: "lg", sm: "xl" }} maw={440} mx="auto">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t("signIn.title")}
          </Title>
          {alert && (
            <Alert color="red" icon={<AlertIcon />} role="alert">
              {alert}
            </Alert>
          )}
          <TextInput
            label={t("email")}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label={t("password")}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ "aria-label": t("showPassword") }}
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t("signIn.submit")}
          </Button>
          <Text size="sm" ta="center">
            {t("signIn.newHere")} <AnchorLink to="/sign-up">{t("createAccount")}</AnchorLink>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
