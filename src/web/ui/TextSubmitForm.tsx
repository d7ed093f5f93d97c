import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import type { z } from "zod";
import { ApiError } from "../api/http.ts";
import { AlertIcon } from "./icons.tsx";
import { errorMessageOf } from "./QueryState.tsx";

interface TextSubmitFormProps {
  /** The DOM id of the text area (its error and counter hang off it). */
  id: string;
  label: string;
  description?: string;
  /** The contract schema of the body, e.g. FileAppeal; `field` is its one text field. */
  schema: z.ZodType;
  field: string;
  max: number;
  submitLabel: string;
  /** The alert's title when the server refuses, e.g. "Your appeal was not sent". */
  failedTitle: string;
  /** Titles for known refusal codes (409 already_appealed…); others use `failedTitle`. */
  titles?: Record<string, string>;
  mutation: UseMutationResult<unknown, Error, string>;
  onSent?: () => void;
  /** Shown beside the button, e.g. a "Cancel". */
  aside?: ReactNode;
}

/**
 * One text field and its button, checked with the contract's schema: the message goes next to the field,
 * a refusal of the server (a 409, a lost connection) into an alert above it.
 */
export function TextSubmitForm(props: TextSubmitFormProps) {
  const { id, schema, field, max, mutation } = props;
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const fieldError = mutation.error instanceof ApiError ? mutation.error.fields[field] : undefined;
  const refusal = mutation.error && !fieldError ? mutation.error : null;
  const code = refusal instanceof ApiError ? refusal.code : "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse({ [field]: value });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check this field.");
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    const text = (parsed.data as Record<string, string>)[field] ?? value.trim();
    mutation.mutate(text, {
      onSuccess: () => {
        setValue("");
        props.onSent?.();
      },
      onError: (failure) => {
        if (failure instanceof ApiError && failure.fields[field]) {
          setError(failure.fields[field]);
          document.getElementById(id)?.focus();
        }
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {refusal && (
          <Alert
            color="red"
            icon={<AlertIcon />}
            role="alert"
            title={props.titles?.[code] ?? props.failedTitle}
          >
            {errorMessageOf(refusal)}
          </Alert>
        )}
        <Textarea
          id={id}
          label={props.label}
          description={props.description}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            if (error) setError(undefined);
          }}
          error={error}
          required
          autosize
          minRows={4}
          maxRows={12}
          maxLength={max}
          disabled={mutation.isPending}
        />
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {value.trim().length} / {max}
          </Text>
          <Group gap="sm">
            {props.aside}
            <Button type="submit" loading={mutation.isPending}>
              {props.submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
