import { Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
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
          message: `${body.organisation} is now a trusted flagger: its reports are handled first.`,
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
            Designate a trusted flagger
          </Title>
          <Text size="sm" c="dimmed">
            For organisations with proven expertise in detecting illegal content, designated under the EU
            Digital Services Act (Article 22). Their reports go to the front of the queue.
          </Text>
          <TextInput
            {...form.getInputProps("email")}
            id={IDS.email}
            label="Email of the organisation's account"
            description="The organisation must have signed up already."
            type="email"
            autoComplete="off"
            maxLength={320}
          />
          <TextInput
            {...form.getInputProps("organisation")}
            id={IDS.organisation}
            label="Organisation"
            description="As shown to moderators, e.g. “Consumer Safety Network e.V.”."
            maxLength={200}
          />
          {general && <ErrorBlock error={designate.error} title="Not designated" />}
          <Group justify="flex-end">
            <Button type="submit" loading={designate.isPending}>
              Designate
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
