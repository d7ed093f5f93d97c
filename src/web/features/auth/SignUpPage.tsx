import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { z } from "zod";
import { placeIssues } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { placeAuthError } from "./auth-errors.ts";
import { CheckInbox } from "./CheckInbox.tsx";
import { type SignUpInput, signUp, useRefreshAfterAuthChange } from "./session.ts";

const PASSWORD_MIN = 8;

const SignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "At most 100 characters."),
  email: z.email("Enter a valid email address."),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(128, "At most 128 characters."),
});

export function SignUpPage() {
  usePageTitle("Sign up");
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
    const parsed = SignUpSchema.safeParse({ ...values, email: values.email.trim() });
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
            Create your account
          </Title>
          <Text size="sm" c="dimmed">
            With an account, all your reports are in one place and you are told of every decision.
          </Text>
          {alert && (
            <Alert color="red" icon={<AlertIcon />} role="alert">
              {alert}
            </Alert>
          )}
          <TextInput label="Name" autoComplete="name" required {...form.getInputProps("name")} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <PasswordInput
            label="Password"
            description={`At least ${PASSWORD_MIN} characters. A longer passphrase is safer than a short complex one.`}
            autoComplete="new-password"
            required
            visibilityToggleButtonProps={{ "aria-label": "Show or hide the characters" }}
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={busy} fullWidth>
            Sign up
          </Button>
          <Text size="sm" ta="center">
            Already have an account? <AnchorLink to="/sign-in">Go to sign-in</AnchorLink>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
