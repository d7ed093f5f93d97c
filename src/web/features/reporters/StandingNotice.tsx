import { Alert, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { SuspensionAppeal } from "./SuspensionAppeal.tsx";

export const isSuspended = (record: Pick<MyAccuracy, "suspendedUntil">, now = Date.now()) =>
  !!record.suspendedUntil && new Date(record.suspendedUntil).getTime() > now;

/** A warning or a suspension of my reports (DSA Art. 23), said plainly, with what I can do about it. */
export function StandingNotice({ record }: { record: MyAccuracy }) {
  const { t } = useTranslation("reporters");
  if (isSuspended(record) && record.suspendedUntil)
    return (
      <Alert color="red" icon={<AlertIcon />} title={t("notice.suspendedTitle")} role="alert">
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="notice.suspended"
            values={{ date: formatDateTime(record.suspendedUntil) }}
            components={{ time: <time dateTime={record.suspendedUntil} /> }}
          />
        </Text>
        <Text size="sm" mt={6}>
          {t("notice.howToContest")}
        </Text>
        <SuspensionAppeal record={record} />
      </Alert>
    );
  if (record.warned)
    return (
      <Alert color="orange" icon={<AlertIcon />} title={t("notice.warnedTitle")}>
        <Text size="sm">{t("notice.warned")}</Text>
        <Text size="sm" mt={6}>
          {t("notice.howToContest")}
        </Text>
      </Alert>
    );
  return null;
}
