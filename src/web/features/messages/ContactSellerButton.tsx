import { useTranslation } from "react-i18next";
import { MailIcon } from "../../ui/icons.tsx";
import { ButtonLink } from "../../ui/links.tsx";

/** "Contact the seller", on a store's and a listing's page: the buyer's general conversation with the store. */
export function ContactSellerButton({ storeId }: { storeId: string }) {
  const { t } = useTranslation("messages");
  return (
    <ButtonLink
      to="/messages/new"
      search={{ store: storeId }}
      variant="default"
      leftSection={<MailIcon />}
      style={{ alignSelf: "flex-start" }}
    >
      {t("contact.store")}
    </ButtonLink>
  );
}

/** "Message the seller", on an order: the conversation about that order. */
export function MessageSellerButton({ storeId, orderId }: { storeId: string; orderId: string }) {
  const { t } = useTranslation("messages");
  return (
    <ButtonLink
      to="/messages/new"
      search={{ store: storeId, order: orderId }}
      variant="default"
      size="sm"
      leftSection={<MailIcon size={16} />}
      style={{ alignSelf: "flex-start" }}
      aria-label={t("contact.orderLabel", { orderId })}
    >
      {t("contact.order")}
    </ButtonLink>
  );
}
