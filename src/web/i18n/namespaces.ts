import { appText } from "../app/app.text.ts";

/**
 * Every namespace of UI text, one per feature, each written in `<feature>.text.ts` beside the feature.
 * A new feature adds one line here.
 */
export const namespaces = {
  app: appText,
};

export type Namespace = keyof typeof namespaces;
