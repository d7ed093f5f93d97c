import type { TFunction } from "i18next";
import type { HelpSectionId } from "../../../contracts/help.ts";

export const sectionTitle = (id: HelpSectionId, t: TFunction<"help">) => t(`sections.${id}`);
