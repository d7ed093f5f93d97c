import { Alert, Anchor, Badge, Button, Code, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditProblem, AuditVerification } from "../../../contracts/audit.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { ErrorBlock } from "../../ui/QueryState.tsx";
import { auditEntryElementId } from "./AuditEntryTable.tsx";
import { useVerifyAuditChain } from "./audit.api.ts";
import { problemKindLabel, shortHash } from "./audit.labels.ts";

/** Brings an entry of the list into view and moves the focus there, so that reading goes on from it. */
function scrollToEntry(seq: number) {
  const entry = document.getElementById(auditEntryElementId(seq));
  entry?.scrollIntoView({ block: "center" });
  entry?.focus({ preventScroll: true });
}

type ShowEntry = (seq: number) => void;

function EntryLink({ seq, onShow }: { seq: number; onShow: ShowEntry }) {
  const { t } = useTranslation("admin");
  return (
    <Anchor
      href={`#${auditEntryElementId(seq)}`}
      size="sm"
      onClick={(event) => {
        event.preventDefault();
        onShow(seq);
        scrollToEntry(seq);
      }}
    >
      {t("audit.showEntry", { seq })}
    </Anchor>
  );
}

interface ProblemsProps {
  problems: AuditProblem[];
  shownSeqs: ReadonlySet<number>;
  onShowEntry: ShowEntry;
}

function Problems({ problems, shownSeqs, onShowEntry }: ProblemsProps) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0}>
      {problems.map((problem) => (
        <Text component="li" size="sm" key={`${problem.kind}-${problem.seq}`} style={{ listStyle: "none" }}>
          <Badge color="red" variant="light" mr="xs" style={{ textTransform: "none" }}>
            {problemKindLabel(problem.kind)}
          </Badge>
          {/* The server's own finding (ADR 022: its words stay as it sends them). */}
          {problem.message}{" "}
          {shownSeqs.has(problem.seq) && <EntryLink seq={problem.seq} onShow={onShowEntry} />}
        </Text>
      ))}
    </Stack>
  );
}

function Intact({ result }: { result: AuditVerification }) {
  const { t } = useTranslation("admin");
  return (
    <Alert color="green" role="status" title={t("audit.intactTitle")}>
      <Stack gap={4}>
        <Text size="sm">{t("audit.intact", { count: result.checked })}</Text>
        <Text size="sm">
          {t("audit.head", { seq: result.head.seq })}{" "}
          <Code title={result.head.hash}>{shortHash(result.head.hash)}</Code>
        </Text>
        <Text size="xs" c="dimmed">
          {t("audit.checkedAt", { time: formatDateTime(result.checkedAt) })}
        </Text>
      </Stack>
    </Alert>
  );
}

function Broken({ result, ...problems }: { result: AuditVerification } & Omit<ProblemsProps, "problems">) {
  const { t } = useTranslation("admin");
  return (
    <Alert color="red" icon={<AlertIcon />} role="status" title={t("audit.brokenTitle")}>
      <Stack gap="xs">
        <Text size="sm">{t("audit.broken", { count: result.problems.length, checked: result.checked })}</Text>
        <Problems problems={result.problems} {...problems} />
        <Text size="xs" c="dimmed">
          {t("audit.checkedAt", { time: formatDateTime(result.checkedAt) })}
        </Text>
      </Stack>
    </Alert>
  );
}

/** "Check the chain": walks the whole log on the server and says whether it still holds, and where not. */
export function AuditChainCheck(props: Omit<ProblemsProps, "problems">) {
  const { t } = useTranslation("admin");
  const verify = useVerifyAuditChain();
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          {t("audit.check")}
        </Button>
        {verify.isPending && (
          <Text size="sm" role="status">
            {t("audit.checking")}
          </Text>
        )}
      </Group>
      {verify.isError && !verify.isPending && (
        <ErrorBlock error={verify.error} title={t("audit.checkFailed")} onRetry={() => verify.mutate()} />
      )}
      {verify.data &&
        !verify.isPending &&
        (verify.data.intact ? <Intact result={verify.data} /> : <Broken result={verify.data} {...props} />)}
    </Stack>
  );
}
