import { Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import {
  API_KEY_SCOPES,
  type ApiKeyScope,
  IssueApiKey,
  type IssuedApiKey,
} from "../../../contracts/integration.ts";
import { focusFirstListed, hasFieldErrors, placeFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { scopeHelp, scopeLabel } from "./api-key-scopes.ts";
import { useIssueApiKey } from "./api-keys.api.ts";

interface Values {
  name: string;
  scopes: ApiKeyScope[];
}

const scopeId = (scope: ApiKeyScope) => `api-key-scope-${scope.replace(":", "-")}`;

/** The scopes' error is shown on the group; the keyboard lands on its first box. */
export const API_KEY_FIELD_IDS: Record<keyof Values, string> = {
  name: "api-key-name",
  scopes: scopeId(API_KEY_SCOPES[0]),
};

/** The shared schema's checks, in the interface language (its own messages are English). */
function validate(values: Values): Partial<Record<keyof Values, string>> {
  const checked = IssueApiKey.safeParse(values);
  if (checked.success) return {};
  return placeIssues(checked.error.issues, {
    messageOf: (key, issue) => {
      if (key === "scopes") return i18next.t("admin:apiKeys.chooseScope");
      return i18next.t(issue.code === "too_big" ? "admin:apiKeys.nameTooLong" : "admin:apiKeys.nameNeeded");
    },
  }).errors;
}

const focusOnError = (errors: Record<string, unknown>) => focusFirstListed(API_KEY_FIELD_IDS, errors);

function ScopeChoices({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation("admin");
  return (
    <Checkbox.Group
      {...form.getInputProps("scopes")}
      label={t("apiKeys.scopesLabel")}
      description={t("apiKeys.scopesHelp")}
    >
      <Stack gap="sm" mt="xs">
        {API_KEY_SCOPES.map((scope) => (
          <Checkbox
            key={scope}
            id={scopeId(scope)}
            value={scope}
            label={
              <>
                {scopeLabel(scope)}{" "}
                <Text span size="xs" c="dimmed" ff="monospace">
                  {scope}
                </Text>
              </>
            }
            description={scopeHelp(scope)}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** "Issue a key": a name and what the key may do; the secret comes back once, to `onIssued`. */
export function ApiKeyForm({ onIssued }: { onIssued: (issued: IssuedApiKey) => void }) {
  const { t } = useTranslation("admin");
  const issue = useIssueApiKey();
  const form = useForm<Values>({ mode: "controlled", initialValues: { name: "", scopes: [] }, validate });

  const submit = (values: Values) =>
    issue.mutate(IssueApiKey.parse(values), {
      onSuccess: (issued) => {
        form.reset();
        // The secret lives only in the page's own state, which its panel clears.
        issue.reset();
        onIssued(issued);
      },
      onError: (error) => {
        if (!hasFieldErrors(error)) return;
        const { errors } = placeFieldErrors(error.fields);
        form.setErrors(errors);
        focusOnError(errors);
      },
    });

  const general = issue.error && !hasFieldErrors(issue.error);
  return (
    <Card withBorder component="section" aria-labelledby="api-key-form-heading">
      <form onSubmit={form.onSubmit(submit, focusOnError)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="api-key-form-heading">
            {t("apiKeys.formTitle")}
          </Title>
          <TextInput
            {...form.getInputProps("name")}
            id={API_KEY_FIELD_IDS.name}
            label={t("apiKeys.name")}
            description={t("apiKeys.nameHelp")}
            autoComplete="off"
            maxLength={80}
          />
          <ScopeChoices form={form} />
          {general && <ErrorBlock error={issue.error} title={t("apiKeys.notIssued")} />}
          <Group justify="flex-end">
            <Button type="submit" loading={issue.isPending}>
              {t("apiKeys.issue")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
