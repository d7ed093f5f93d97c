import i18next from "i18next";
import type { ApiKeyScope } from "../../../contracts/integration.ts";
import type { adminText } from "./admin.text.ts";

type ScopeTextKey = keyof typeof adminText.en.apiKeys.scopes;

/** `catalog:write` → `catalog_write`: a colon would split an i18next key into a namespace. */
const textKey = (scope: ApiKeyScope) => scope.replace(":", "_") as ScopeTextKey;

/** What a scope lets a key do, in a few words, e.g. "Write stores and listings". */
export const scopeLabel = (scope: ApiKeyScope) => i18next.t(`admin:apiKeys.scopes.${textKey(scope)}.label`);

/** One line more on the scope, for the person choosing it. */
export const scopeHelp = (scope: ApiKeyScope) => i18next.t(`admin:apiKeys.scopes.${textKey(scope)}.help`);
