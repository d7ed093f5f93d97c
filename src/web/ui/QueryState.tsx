import { Alert, Button, Group, Skeleton, Stack, Text, VisuallyHidden } from "@mantine/core";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/http.ts";
import { AlertIcon } from "./icons.tsx";

/** Placeholder rows while data loads; announced to screen readers as loading. */
export function LoadingBlock({ rows = 3, height = 24 }: { rows?: number; height?: number }) {
  const { t } = useTranslation("ui");
  return (
    <Stack gap="sm" aria-busy="true" aria-live="polite">
      <VisuallyHidden>{t("loading")}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} height={height} radius="sm" />
      ))}
    </Stack>
  );
}

export function errorMessageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return i18next.t("ui:unreadable");
  return i18next.t("ui:somethingWrong");
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
  const { t } = useTranslation("ui");
  return (
    <Alert color="red" icon={<AlertIcon />} title={title ?? t("loadFailed")} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{errorMessageOf(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t("tryAgain")}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
