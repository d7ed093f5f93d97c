import { Paper, Stack, Text, Title } from "@mantine/core";
import { AppealRuling, type Dispute } from "../../../contracts/disputes.ts";
import { formatDateTime } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { useAppeal } from "./disputes.api.ts";

/** Either side may appeal the platform's ruling once, until `appealUntil`; another mediator decides. */
export function AppealRulingForm({ dispute, onDone }: { dispute: Dispute; onDone: () => void }) {
  const appeal = useAppeal(dispute.id);
  const until = dispute.actions.appealUntil;
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="appeal-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="appeal-heading">
          Appeal the ruling
        </Title>
        <Text size="sm">
          Think the platform got it wrong? A different mediator reviews the dispute and decides again. A
          ruling can be appealed only once, by either side
          {until ? (
            <>
              , until <time dateTime={until}>{formatDateTime(until)}</time>
            </>
          ) : null}
          .
        </Text>
        <TextSubmitForm
          id="appeal-reason"
          label="Why is the ruling wrong?"
          description="What the mediator missed or misjudged, as precisely as you can. At least 20 characters."
          schema={AppealRuling}
          field="reason"
          max={5000}
          submitLabel="Send the appeal"
          failedTitle="Your appeal was not sent"
          mutation={appeal}
          onSent={onDone}
        />
      </Stack>
    </Paper>
  );
}
