import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AdminHelpArticle, HELP_SECTION_IDS } from "../../../contracts/help.ts";
import { ApiError } from "../../api/http.ts";
import { type FormErrors, focusFirstListed, placeFieldErrors } from "../../ui/form-errors.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { type ArticleValues, checkArticle, ARTICLE_FIELD_IDS as IDS, slugFromTitle } from "./article-form.ts";
import { useSaveHelpArticle } from "./help.api.ts";
import { MarkdownView } from "./MarkdownView.tsx";
import { sectionTitle } from "./sections.ts";

interface ArticleEditorFormProps {
  article: AdminHelpArticle | null;
  initial: ArticleValues;
  onReload: () => void;
}

const isStale = (error: unknown) => error instanceof ApiError && error.code === "stale_version";

/** The article's fields, its Markdown with a preview, and its visibility; saved over the version it started from. */
export function ArticleEditorForm({ article, initial, onReload }: ArticleEditorFormProps) {
  const { t } = useTranslation("help");
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(!!article);
  const [errors, setErrors] = useState<FormErrors>({});
  const save = useSaveHelpArticle(article?.id ?? null);

  const change = (next: Partial<ArticleValues>) => {
    setValues((v) => ({
      ...v,
      ...next,
      ...(next.title !== undefined && !slugTouched ? { slug: slugFromTitle(next.title) } : {}),
    }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in next))));
  };
  const showErrors = (found: FormErrors) => {
    setErrors(found);
    focusFirstListed(IDS, found);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    const checked = checkArticle(values);
    if (!checked.ok) return showErrors(checked.errors);
    save.mutate(article ? { ...checked.input, version: article.version } : checked.input, {
      onSuccess: (saved) => {
        if (!article) void navigate({ to: "/admin/help/$id", params: { id: saved.id }, replace: true });
      },
      onError: (error) => {
        if (error instanceof ApiError) showErrors(placeFieldErrors(error.fields).errors);
      },
    });
  };

  const refusal =
    save.error && !(save.error instanceof ApiError && Object.keys(save.error.fields).length > 0);
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={article ? t("admin.editTitle", { title: article.title }) : t("admin.newTitle")}
    >
      <Stack gap="md">
        {refusal && isStale(save.error) && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("admin.staleTitle")}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t("admin.staleText")}</Text>
              <Button size="xs" variant="light" color="red" onClick={onReload}>
                {t("admin.reload")}
              </Button>
            </Stack>
          </Alert>
        )}
        {refusal && !isStale(save.error) && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("admin.notSaved")}>
            {errorMessageOf(save.error)}
          </Alert>
        )}
        {save.isSuccess && !save.isPending && (
          <Alert color="teal" role="status" title={t("admin.saved", { version: save.data.version })}>
            {save.data.status === "published" && (
              <AnchorLink to="/help/$slug" params={{ slug: save.data.slug }} size="sm" fw={600}>
                {t("admin.view")}
              </AnchorLink>
            )}
          </Alert>
        )}
        <TextInput
          id={IDS.title}
          label={t("admin.fields.title")}
          description={t("admin.fields.titleHelp")}
          value={values.title}
          onChange={(e) => change({ title: e.currentTarget.value })}
          error={errors.title}
          required
          maxLength={160}
        />
        <TextInput
          id={IDS.slug}
          label={t("admin.fields.slug")}
          description={t("admin.fields.slugHelp")}
          value={values.slug}
          onChange={(e) => {
            setSlugTouched(true);
            change({ slug: e.currentTarget.value });
          }}
          error={errors.slug}
          required
          styles={MONOSPACE_INPUT}
          maxLength={100}
        />
        <Select
          id={IDS.section}
          label={t("admin.fields.section")}
          data={HELP_SECTION_IDS.map((id) => ({ value: id, label: sectionTitle(id, t) }))}
          value={values.section}
          onChange={(section) => section && change({ section: section as ArticleValues["section"] })}
          error={errors.section}
          allowDeselect={false}
          required
          maw={360}
        />
        <Textarea
          id={IDS.summary}
          label={t("admin.fields.summary")}
          description={t("admin.fields.summaryHelp")}
          value={values.summary}
          onChange={(e) => change({ summary: e.currentTarget.value })}
          error={errors.summary}
          required
          autosize
          minRows={2}
          maxLength={300}
        />
        <BodyField value={values.body} error={errors.body} onChange={(body) => change({ body })} />
        <Radio.Group
          id={IDS.status}
          label={t("admin.fields.status")}
          value={values.status}
          onChange={(status) => change({ status: status as ArticleValues["status"] })}
          error={errors.status}
        >
          <Group gap="lg" mt="xs">
            <Radio value="published" label={t("admin.fields.published")} />
            <Radio value="draft" label={t("admin.fields.draft")} />
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("admin.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function BodyField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (body: string) => void;
}) {
  const { t } = useTranslation("help");
  return (
    <Tabs defaultValue="write" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write">{t("admin.write")}</Tabs.Tab>
        <Tabs.Tab value="preview">{t("admin.preview")}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          id={IDS.body}
          label={t("admin.fields.body")}
          description={t("admin.fields.bodyHelp")}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          required
          autosize
          minRows={12}
          maxRows={30}
          styles={MONOSPACE_INPUT}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Paper withBorder p="md">
          {value.trim() ? (
            <MarkdownView markdown={value} />
          ) : (
            <Text c="dimmed">{t("admin.emptyPreview")}</Text>
          )}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}

// Addresses and Markdown are typed as code: the field in monospace, its label and help as any other.
const MONOSPACE_INPUT = { input: { fontFamily: "var(--mantine-font-family-monospace)" } };
