import { Card, Group, Stack, Text, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useLocation } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { FieldDescriptor, ReportTypeId } from "../../../contracts/report-types.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useMyRights } from "../rights/rights.api.ts";
import { rightLabel } from "../rights/rights.labels.ts";
import { DetailField } from "./DetailField.tsx";
import type { ReportFormValues } from "./report-form.model.ts";

/**
 * Stands in for the whole form of an IP complaint while there is no verified right to rest it on: why,
 * how to register one, and the report any buyer can file about a fake.
 */
function NeedRight({ signedIn, target }: { signedIn: boolean; target: string | undefined }) {
  const { t } = useTranslation("reportForm");
  const { href } = useLocation();
  return (
    <Card component="section" aria-labelledby="need-right-title" bg="indigo.0" withBorder>
      <Group gap="sm" wrap="nowrap" align="flex-start" mb="sm">
        <Text c="indigo.9" mt={4} aria-hidden="true">
          <InfoIcon />
        </Text>
        <Title order={2} size="h4" id="need-right-title">
          {t("needRight.title")}
        </Title>
      </Group>
      <Stack gap="md">
        <Text size="sm">{signedIn ? t("needRight.signedIn") : t("needRight.guest")}</Text>
        <Group gap="sm">
          {!signedIn && (
            <ButtonLink to="/sign-in" search={{ redirect: href }} size="sm">
              {t("needRight.signIn")}
            </ButtonLink>
          )}
          <ButtonLink to="/rights" size="sm" variant={signedIn ? "filled" : "default"}>
            {t("needRight.register")}
          </ButtonLink>
        </Group>
        <div>
          <Text size="sm" fw={600}>
            {t("needRight.notOwner")}
          </Text>
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="needRight.otherWays"
              components={{
                counterfeit: (
                  <AnchorLink
                    to="/report/$type"
                    params={{ type: "listing_violation" }}
                    search={{ target, reason: "counterfeit" }}
                    fw={600}
                    c="indigo.9"
                  />
                ),
                dispute: <AnchorLink to="/my/orders" fw={600} c="indigo.9" />,
              }}
            />
          </Text>
        </div>
      </Stack>
    </Card>
  );
}

/**
 * An IP complaint rests on a verified right of the reporter's vault: without one, the form is closed at
 * once, before any field, instead of refusing the complaint after it was written.
 */
export function RightGate({
  needed,
  signedIn,
  target,
  children,
}: {
  /** Whether this kind of report rests on a verified right at all. */
  needed: boolean;
  signedIn: boolean;
  target: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation("reportForm");
  const rights = useMyRights(needed && signedIn);
  if (!needed) return children;
  if (!signedIn) return <NeedRight signedIn={false} target={target} />;
  if (rights.isPending) return <LoadingBlock rows={3} height={56} />;
  if (rights.isError)
    return (
      <ErrorBlock error={rights.error} title={t("needRight.loadFailed")} onRetry={() => rights.refetch()} />
    );
  if (!rights.data.items.some((right) => right.usable)) return <NeedRight signedIn target={target} />;
  return children;
}

interface RightFieldProps {
  typeId: ReportTypeId;
  field: FieldDescriptor;
  form: UseFormReturnType<ReportFormValues>;
  disabled: boolean;
}

/** A field whose options are the reporter's own verified rights (`optionsFrom: "my_rights"`). */
export function RightField({ typeId, field, form, disabled }: RightFieldProps) {
  const rights = useMyRights(true);
  const options = (rights.data?.items ?? [])
    .filter((right) => right.usable)
    .map((right) => ({ value: right.id, label: rightLabel(right) }));
  return <DetailField typeId={typeId} field={{ ...field, options }} form={form} disabled={disabled} />;
}
