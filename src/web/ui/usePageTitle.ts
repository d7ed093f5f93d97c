import { useEffect } from "react";

/** Sets the document title, so that screen readers and tabs say where we are. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Redress` : "Redress";
  }, [title]);
}
