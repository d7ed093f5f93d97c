import { useMediaQuery } from "@mantine/hooks";

/** Dialogs fill the screen on phones, as the decision dialog does. */
export const useFullScreenDialog = () => useMediaQuery("(max-width: 36em)");
