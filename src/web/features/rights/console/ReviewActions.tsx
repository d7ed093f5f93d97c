import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { ApiError } from "../../../api/http.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import { useReviewRight } from "./rights-review.api.ts";

const REASON_ID = "right-rejection-reason";

/**
 * Approve at once; reject in two steps: the first "Reject" asks for the reason (the holder reads it), the
 * same button then sends it. One button per action keeps the names unambiguous for assistive technology.
 */
export function ReviewActions({ rightId }: { rightId: string }) {
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
      setReasonError("Say why in at least 10 characters: the holder reads it.");
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
          Your decision
        </Title>
        <Text size="sm" c="dimmed">
          Approve when the certificate shows this right, in force, owned by the named owner, and the documents
          show who the holder is (and, for an agent, the owner's authorisation). The holder is told by email.
        </Text>
        {review.isError && !(review.error instanceof ApiError && review.error.fields.reason) && (
          <Alert color="red" role="alert" title="The decision was not saved">
            {errorMessageOf(review.error)}
          </Alert>
        )}
        {rejecting && (
          <Textarea
            ref={reasonInput}
            id={REASON_ID}
            label="Reason for rejection"
            description="Say what is missing or wrong, so that the holder can add the right again with what is needed."
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
              Approve
            </Button>
          )}
          <Button
            color="red"
            variant={rejecting ? "filled" : "light"}
            onClick={reject}
            loading={rejecting && review.isPending}
          >
            Reject
          </Button>
          {rejecting && (
            <Button variant="default" onClick={() => setRejecting(false)} disabled={review.isPending}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
