import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { placeAuthError } from "./auth-errors.ts";
import { CheckInbox } from "./CheckInbox.tsx";
import { type SignUpInput, signUp, useRefreshAfterAuthChange } from "./session.ts";

const PASSWORD_MIN = 8;

const signUpSchema = (t: TFunction<"auth">) =>
  z.object({
    name: z
      .string()
      .trim()
      .min(1, t("signUp.nameMissing"))
      .max(100, t("signUp.atMost", { max: 100 })),
    email: z.email(t("invalidEmail")),
    password: z
      .string()
      .min(PASSWORD_MIN, t("signUp.passwordShort", { min: PASSWORD_MIN }))
      .max(128, t("signUp.atMost", { max: 128 })),
  });

export function SignUpPage() {
  const { t } = useTranslation("auth");
  usePageTitle(t("signUp.pageTitle"));
  const refresh = useRefreshAfterAuthChange();
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signedUpAs, setSignedUpAs] = useState<string | null>(null);
  const form = useForm<SignUpInput>({
    mode: "controlled",
    initialValues: { name: "", email: "", password: "" },
  });

  const submit = async (values: SignUpInput) => {
    setAlert(null);
    const parsed = signUpSchema(t).safeParse({ ...values, email: values.email.trim() });
    if (!parsed.success) {
      form.setErrors(placeIssues(parsed.error.issues).errors);
      return;
    }
    setBusy(true);
    try {
      await signUp(parsed.data);
      await refresh();
      setSignedUpAs(parsed.data.email);
    } catch (error) {
      const placed = placeAuthError(error);
      if (placed.field) form.setFieldError(placed.field, placed.message);
      else setAlert(placed.message);
    } finally {
      setBusy(false);
    }
  };

  if (signedUpAs) return <CheckInbox email={signedUpAs} />;

  return (
    <Paper withBorder p={{ base: "lg", sm: "xl" }} maw={440} mx="auto">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t("signUp.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("signUp.intro")}
          </Text>
          {alert && (
            <Alert color="red" icon={<AlertIcon />} role="alert">
              {alert}
            </Alert>
          )}
          <TextInput label={t("name")} autoComplete="name" required {...form.getInputProps("name")} />
          <TextInput
            label={t("email")}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label={t("password")}
            description={t("signUp.passwordHelp", { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            visibilityToggleButtonProps={{ "aria-label": t("showPassword") }}
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t("signUp.submit")}
          </Button>
          <Text size="sm" ta="center">
            {t("signUp.haveAccount")} <AnchorLink to="/sign-in">{t("goToSignIn")}</AnchorLink>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
