import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { getParsed } from "../../api/http.ts";

const ReportTypeList = z.object({ items: z.array(ReportTypeInfo) });

/** The report types with their forms, as the server defines them. They rarely change: cache for long. */
export function useReportTypes() {
  return useQuery({
    queryKey: ["report-types"],
    queryFn: async ({ signal }) => (await getParsed("/api/v1/report-types", ReportTypeList, signal)).items,
    staleTime: 10 * 60_000,
  });
}
