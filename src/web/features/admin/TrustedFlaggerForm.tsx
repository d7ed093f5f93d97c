import { Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { DesignateFlagger } from "../../../contracts/reporters.ts";
import { focusFirstListed, hasFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { useDesignateFlagger } from "./trusted-flaggers.api.ts";

interface Values {
  email: string;
  organisation: string;
}

const IDS: Record<keyof Values, string> = { email: "flagger-email", organisation: "flagger-organisation" };

function validate(values: Values): Partial<Record<keyof Values, string>> {
  const checked = DesignateFlagger.safeParse({ ...values, email: values.email.trim() });
  if (checked.success) return {};
  return placeIssues(checked.error.issues, {
    keyOf: (path) => (path[0] === "email" ? "email" : "organisation"),
  }).errors;
}

const focusOnError = (errors: Record<string, unknown>) => focusFirstListed(IDS, errors);

/** "Designate a trusted flagger": an organisation's existing account, whose reports are handled first. */
export function TrustedFlaggerForm() {
  const { t } = useTranslation("admin");
  const designate = useDesignateFlagger();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { email: "", organisation: "" },
    validate,
  });

  const submit = (values: Values) => {
    const body = DesignateFlagger.parse({ ...values, email: values.email.trim() });
    designate.mutate(body, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: "green",
          message: t("flaggers.nowTrusted", { organisation: body.organisation }),
        });
      },
      onError: (error) => {
        if (!hasFieldErrors(error)) return;
        form.setErrors(error.fields);
        focusOnError(error.fields);
      },
    });
  };

  const general = designate.error && !hasFieldErrors(designate.error);
  return (
    <Card withBorder component="section" aria-labelledby="flagger-form-heading">
      <form onSubmit={form.onSubmit(submit, focusOnError)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="flagger-form-heading">
            {t("flaggers.formTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("flaggers.formIntro")}
          </Text>
          <TextInput
            {...form.getInputProps("email")}
            id={IDS.email}
            label={t("flaggers.email")}
            description={t("flaggers.emailHelp")}
            type="email"
            autoComplete="off"
            maxLength={320}
          />
          <TextInput
            {...form.getInputProps("organisation")}
            id={IDS.organisation}
            label={t("flaggers.organisation")}
            description={t("flaggers.organisationHelp")}
            maxLength={200}
          />
          {general && <ErrorBlock error={designate.error} title={t("flaggers.notDesignated")} />}
          <Group justify="flex-end">
            <Button type="submit" loading={designate.isPending}>
              {t("flaggers.designate")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
