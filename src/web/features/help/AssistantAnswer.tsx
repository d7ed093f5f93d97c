import { Alert, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { RouteAnswer } from "../../../contracts/help.ts";
import { ButtonLink } from "../../ui/links.tsx";
import { DestinationButton } from "./DestinationButton.tsx";
import { explanationOf } from "./destination.ts";

interface AssistantAnswerProps {
  answer: RouteAnswer;
  text: string;
  orderId: string | null;
}

/** Where the assistant sends the asker, and why; takes the focus as it appears, so that it is read out. */
export function AssistantAnswer({ answer, text, orderId }: AssistantAnswerProps) {
  const { t } = useTranslation("help");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const [best, second] = answer.choices;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="assistant-answer">
      <Stack gap="md">
        <Title
          order={2}
          size="h3"
          id="assistant-answer"
          ref={heading}
          tabIndex={-1}
          style={{ outline: "none" }}
        >
          {t("assistant.resultTitle")}
        </Title>
        {answer.sure && best && (
          <>
            <Text>{explanationOf(best.destination, text, t)}</Text>
            <Group>
              <DestinationButton destination={best.destination} orderId={orderId} />
            </Group>
          </>
        )}
        {!answer.sure && best && (
          <>
            <Text>{t("assistant.notSure")}</Text>
            <Stack gap="xs" align="flex-start">
              {[best, second].flatMap((choice, i) =>
                choice ? (
                  <Group key={JSON.stringify(choice.destination)} gap="sm">
                    <DestinationButton
                      destination={choice.destination}
                      orderId={orderId}
                      variant={i === 0 ? "filled" : "default"}
                    />
                    <Text size="sm" c="dimmed">
                      {t("assistant.confidence", { percent: Math.round(choice.confidence * 100) })}
                    </Text>
                  </Group>
                ) : (
                  []
                ),
              )}
            </Stack>
          </>
        )}
        {!best && (
          <Alert variant="light" color="gray">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t("assistant.noIdea")}</Text>
              <Group gap="sm">
                <ButtonLink to="/my/orders" variant="default">
                  {t("assistant.myOrders")}
                </ButtonLink>
                <ButtonLink to="/report" variant="default">
                  {t("assistant.reportCenter")}
                </ButtonLink>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
