import "i18next";
import type { namespaces } from "./namespaces.ts";

// Keys are checked at compile time: `t("nav.myOrders")` in the "app" namespace, `t("feedback:…")` elsewhere.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "app";
    resources: { [N in keyof typeof namespaces]: (typeof namespaces)[N]["en"] };
  }
}
