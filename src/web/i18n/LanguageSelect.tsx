import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "./languages.ts";

/** Switches the interface language; the choice is kept in this browser. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((language) => i18n.resolvedLanguage === language.code)?.code ?? "en";
  return (
    <NativeSelect
      label={t("language")}
      size="xs"
      w={140}
      value={current}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
    />
  );
}
