import { useQuery } from "@tanstack/react-query";
import { MyAccuracy } from "../../../contracts/reporters.ts";
import { getParsed } from "../../api/http.ts";

/** My record as a reporter over the last 3 months, and where I stand (fast lane, warning, suspension). */
export function useMyAccuracy(enabled: boolean) {
  return useQuery({
    queryKey: ["my-reports", "accuracy"],
    queryFn: ({ signal }) => getParsed("/api/v1/me/accuracy", MyAccuracy, signal),
    enabled,
  });
}
