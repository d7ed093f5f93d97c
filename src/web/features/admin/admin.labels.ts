import i18next from "i18next";
import type { z } from "zod";
import type { OutcomeTemplateKey, StaffRole } from "../../../contracts/admin.ts";

export type Role = z.infer<typeof StaffRole>;
export type TemplateKey = z.infer<typeof OutcomeTemplateKey>;

// The words are in admin.text.ts; these read the interface language when called during render.
export const roleLabel = (role: Role) => i18next.t(`admin:roles.${role}`);

const ROLE_ORDER: Role[] = ["moderator", "senior_moderator", "admin", "member"];

/** The choices of the "Role" field, each with what it means (shown under it in the list). */
export const roleOptions = (): { value: Role; label: string; help: string }[] =>
  ROLE_ORDER.map((role) => ({
    value: role,
    label: role === "member" ? i18next.t("admin:roles.memberOption") : roleLabel(role),
    help: i18next.t(`admin:roleHelp.${role}`),
  }));

/** What each outcome message is for, in the admin's words, and what to keep in mind when rewording it. */
export const templateLabel = (key: TemplateKey) => ({
  label: i18next.t(`admin:templates.${key}.label`),
  help: i18next.t(`admin:templates.${key}.help`),
});
