import { Alert, Group, Input, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useLocation } from "@tanstack/react-router";
import type { FieldDescriptor } from "../../../contracts/report-types.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { ButtonLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useMyRights } from "../rights/rights.api.ts";
import { rightLabel } from "../rights/rights.labels.ts";
import { DetailField } from "./DetailField.tsx";
import { fieldId, type ReportFormValues } from "./report-form.model.ts";

export const NEED_RIGHT_TITLE = "IP complaints need a right verified in your IP vault";

/** Stands in for the field: why there is nothing to pick, and where to go. It takes the focus on an error. */
function NeedRight({ signedIn, error }: { signedIn: boolean; error?: string }) {
  const { href } = useLocation();
  return (
    <Alert
      id={fieldId("details.rightId")}
      tabIndex={-1}
      color={error ? "red" : "indigo"}
      variant="light"
      icon={<InfoIcon />}
      title={NEED_RIGHT_TITLE}
    >
      <Text size="sm">
        {signedIn
          ? "You have no verified, valid IP right yet. Register your trademark, patent, design or copyright in your IP vault; IP Protection checks it against its certificate, usually within two working days."
          : "Sign in with the account that holds your rights, then pick one of them here. New to Redress? Create an account and register your rights in the IP vault first."}
      </Text>
      {error && (
        <Input.Error mt="xs" role="alert">
          {error}
        </Input.Error>
      )}
      <Group gap="sm" mt="sm">
        {!signedIn && (
          <ButtonLink to="/sign-in" search={{ redirect: href }} size="xs">
            Sign in
          </ButtonLink>
        )}
        <ButtonLink to="/rights" size="xs" variant={signedIn ? "filled" : "default"}>
          Go to your IP vault
        </ButtonLink>
      </Group>
    </Alert>
  );
}

interface RightFieldProps {
  field: FieldDescriptor;
  form: UseFormReturnType<ReportFormValues>;
  disabled: boolean;
  signedIn: boolean;
}

/** A field whose options are the reporter's own verified rights (`optionsFrom: "my_rights"`). */
export function RightField({ field, form, disabled, signedIn }: RightFieldProps) {
  const rights = useMyRights(signedIn);
  const error = form.errors[`details.${field.name}`];
  if (!signedIn) return <NeedRight signedIn={false} error={error ? String(error) : undefined} />;
  if (rights.isPending) return <LoadingBlock rows={1} height={56} />;
  if (rights.isError)
    return (
      <ErrorBlock
        error={rights.error}
        title="Could not load your IP rights"
        onRetry={() => rights.refetch()}
      />
    );
  const options = rights.data.items
    .filter((right) => right.usable)
    .map((right) => ({ value: right.id, label: rightLabel(right) }));
  if (options.length === 0) return <NeedRight signedIn error={error ? String(error) : undefined} />;
  return <DetailField field={{ ...field, options }} form={form} disabled={disabled} />;
}
