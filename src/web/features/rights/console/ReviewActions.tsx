import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/http.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useReviewRight } from "./rights-review.api.ts";

const REASON_ID = "right-rejection-reason";

/**
 * Approve at once; reject in two steps: the first "Reject" asks for the reason (the holder reads it), the
 * same button then sends it. One button per action keeps the names unambiguous for assistive technology.
 */
export function ReviewActions({ rightId }: { rightId: string }) {
  const { t } = useTranslation("rights");
  const review = useReviewRight(rightId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);

  const reject = () => {
    if (!rejecting) {
      setRejecting(true);
      requestAnimationFrame(() => reasonInput.current?.focus());
      return;
    }
    if (reason.trim().length < 10) {
      setReasonError(t("review.reasonShort"));
      reasonInput.current?.focus();
      return;
    }
    setReasonError(undefined);
    review.mutate(
      { decision: "rejected", reason: reason.trim() },
      { onError: (error) => error instanceof ApiError && setReasonError(error.fields.reason) },
    );
  };

  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="review-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="review-title">
          {t("review.yourDecision")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("review.howToDecide")}
        </Text>
        {review.isError && !(review.error instanceof ApiError && review.error.fields.reason) && (
          <Alert color="red" role="alert" title={t("review.notSaved")}>
            {errorMessageOf(review.error)}
          </Alert>
        )}
        {rejecting && (
          <Textarea
            ref={reasonInput}
            id={REASON_ID}
            label={t("review.reasonLabel")}
            description={t("review.reasonHelp")}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={3}
            maxLength={2000}
            required
            disabled={review.isPending}
          />
        )}
        <Group gap="sm">
          {!rejecting && (
            <Button
              color="green"
              loading={review.isPending}
              onClick={() => review.mutate({ decision: "approved" })}
            >
              {t("review.approve")}
            </Button>
          )}
          <Button
            color="red"
            variant={rejecting ? "filled" : "light"}
            onClick={reject}
            loading={rejecting && review.isPending}
          >
            {t("review.reject")}
          </Button>
          {rejecting && (
            <Button variant="default" onClick={() => setRejecting(false)} disabled={review.isPending}>
              {t("review.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
