import { Alert, Button, Group, Skeleton, Stack, Text, VisuallyHidden } from "@mantine/core";
import { ApiError } from "../api/http.ts";
import { AlertIcon } from "./icons.tsx";

/** Placeholder rows while data loads; announced to screen readers as loading. */
export function LoadingBlock({ rows = 3, height = 24 }: { rows?: number; height?: number }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-live="polite">
      <VisuallyHidden>Loading…</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} height={height} radius="sm" />
      ))}
    </Stack>
  );
}

export function errorMessageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return "The answer from the server could not be read.";
  return "Something went wrong.";
}

/** A failed request, said plainly, with a retry. */
export function ErrorBlock({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert color="red" icon={<AlertIcon />} title={title ?? "Could not load this"} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{errorMessageOf(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
