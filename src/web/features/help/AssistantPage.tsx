import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AssistantAnswer } from "./AssistantAnswer.tsx";
import { AssistantOrderField } from "./AssistantOrderField.tsx";
import { useAskRoute } from "./help.api.ts";

type AboutOrder = "yes" | "no" | "unsure";
const MIN_TEXT = 3;

const aboutOrderFlag = (about: AboutOrder) => (about === "yes" ? true : about === "no" ? false : undefined);

/** /help/assistant: "What happened?" — a few questions and free text, routed to the right form. */
export function AssistantPage() {
  const { t } = useTranslation("help");
  usePageTitle(t("assistant.title"));
  const [about, setAbout] = useState<AboutOrder>("unsure");
  const [orderId, setOrderId] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const ask = useAskRoute();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (text.trim().length < MIN_TEXT) {
      setError(t("assistant.tooShort"));
      document.getElementById("assistant-text")?.focus();
      return;
    }
    setError(undefined);
    ask.mutate({ text: text.trim(), aboutOrder: aboutOrderFlag(about) });
  };

  return (
    <Stack gap="lg" maw={820}>
      <AnchorLink to="/help" size="sm">
        {t("article.back")}
      </AnchorLink>
      <Stack gap="xs">
        <Title order={1}>{t("assistant.title")}</Title>
        <Text c="dimmed">{t("assistant.intro")}</Text>
      </Stack>
      <Paper withBorder p={{ base: "md", sm: "lg" }}>
        <form onSubmit={submit} noValidate aria-label={t("assistant.title")}>
          <Stack gap="lg">
            <Radio.Group
              label={t("assistant.aboutOrder")}
              description={t("assistant.aboutOrderHelp")}
              value={about}
              onChange={(value) => setAbout(value as AboutOrder)}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="yes" label={t("assistant.yes")} />
                <Radio value="no" label={t("assistant.no")} />
                <Radio value="unsure" label={t("assistant.unsure")} />
              </Stack>
            </Radio.Group>
            {about === "yes" && <AssistantOrderField value={orderId} onChange={setOrderId} />}
            <Textarea
              id="assistant-text"
              label={t("assistant.whatWentWrong")}
              description={t("assistant.whatWentWrongHelp")}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setError(undefined);
              }}
              error={error}
              required
              autosize
              minRows={3}
              maxRows={10}
              maxLength={2000}
              inputWrapperOrder={["label", "description", "input", "error"]}
            />
            <Group>
              <Button type="submit" loading={ask.isPending}>
                {t("assistant.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {ask.isError && <ErrorBlock error={ask.error} title={t("assistant.failed")} />}
      {ask.data && (
        <AssistantAnswer
          key={ask.submittedAt}
          answer={ask.data}
          text={ask.variables?.text ?? text}
          orderId={about === "yes" ? orderId : null}
        />
      )}
    </Stack>
  );
}
