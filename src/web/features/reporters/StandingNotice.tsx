import { Alert, Text } from "@mantine/core";
import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { SuspensionAppeal } from "./SuspensionAppeal.tsx";

const HOW_TO_CONTEST =
  "If you think one of your reports was judged wrongly, open it under “Sent” and use “Appeal this decision” (within 6 months of the decision): a colleague who did not take the decision reviews it and tells you the outcome with the reasons.";

export const isSuspended = (record: Pick<MyAccuracy, "suspendedUntil">, now = Date.now()) =>
  !!record.suspendedUntil && new Date(record.suspendedUntil).getTime() > now;

/** A warning or a suspension of my reports (DSA Art. 23), said plainly, with what I can do about it. */
export function StandingNotice({ record }: { record: MyAccuracy }) {
  if (isSuspended(record) && record.suspendedUntil)
    return (
      <Alert color="red" icon={<AlertIcon />} title="Your reports are suspended" role="alert">
        <Text size="sm">
          Until <time dateTime={record.suspendedUntil}>{formatDateTime(record.suspendedUntil)}</time> we do
          not process new reports from you, because after a warning another of your reports was manifestly
          unfounded (EU Digital Services Act, Article 23). Your earlier reports are still handled.
        </Text>
        <Text size="sm" mt={6}>
          {HOW_TO_CONTEST}
        </Text>
        <SuspensionAppeal record={record} />
      </Alert>
    );
  if (record.warned)
    return (
      <Alert color="orange" icon={<AlertIcon />} title="You have been warned about unfounded reports">
        <Text size="sm">
          Several of your recent reports were manifestly unfounded: they reported things that plainly break no
          law and none of our rules. One more, and we suspend the processing of your reports for 30 days.
        </Text>
        <Text size="sm" mt={6}>
          {HOW_TO_CONTEST}
        </Text>
      </Alert>
    );
  return null;
}
