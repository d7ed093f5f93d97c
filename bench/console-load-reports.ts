/**
 * Reports, one target each, pointing at their case: with their "report.submitted" event, the case's
 * "report.attached" event and reporter row, and evidence on every tenth report. Reporters are drawn
 * from a pool (about 3 reports each; the first 20,000 have accounts); within a case every report has its
 * own reporter. Each reporter has a standing row.
 */
import { AGREEMENT_VERSION } from "../src/contracts/reports.ts";
import type { DataPlan, Vocabulary } from "./console-data.ts";
import { TAG, TYPES } from "./console-data.ts";
import type { Step } from "./console-load.ts";
import { lit, pick, uuidAt } from "./console-sql.ts";

/** In the order of TYPES. */
const DETAILS = [
  '{"violation":"prohibited_goods","prohibitedCategory":"prescription_medicines"}',
  '{"suspiciousLink":"https://secure-login.example/verify","channel":"message","receivedOn":"2026-11-20"}',
  '{"behavior":"fake_store","happenedOn":"2026-11-18"}',
  '{"scheme":"review_manipulation","orderNumber":"O-104433"}',
  '{"rightType":"trademark","registrationNumber":"EU 018000001","jurisdiction":"EUIPO","rightsOwner":"Orbis Watches Ltd","reasonCode":"counterfeit"}',
  '{"workKind":"photos","originalWork":"https://orbis.example/catalogue/photos","goodFaith":true,"accurate":true,"signature":"Jane Doe"}',
];

const DESCRIPTIONS = [
  "This listing offers prescription painkillers without any prescription.",
  "The seller asked me to pay by bank transfer outside the marketplace and then stopped answering my messages.",
  "These photos are copied from our official catalogue; the item shown is a counterfeit of our registered brand, and buyers are being misled about what they receive.",
  "The same product is listed again and again with slightly different titles to push it up the search results.",
];

/**
 * Which report number belongs to which case, and the report's reporter, type and time. The first report
 * of a trusted-flagger case comes from one of the trusted flaggers' accounts.
 */
function benchReport(plan: DataPlan, v: Vocabulary): Step[] {
  const { d } = v;
  const n = "s.i";
  const flagger = v.userId(v.flaggerUser(`x.k % ${plan.trustedFlaggers}`));
  return [
    {
      name: "reports",
      sql: `${d.helperTable} bench_report (n integer primary key, k integer not null, pos integer not null,
              reporter bigint not null, tf integer not null, type_idx integer not null, created_ms bigint not null,
              id text not null, rkey text not null, ruser text, email text not null)`,
    },
    {
      name: "reports",
      sql: `insert into bench_report (n, k, pos, reporter, tf, type_idx, created_ms, id, rkey, ruser, email)
            select x.n, x.k, x.pos, x.reporter, x.tf, x.type_idx, x.created_ms,
              ${uuidAt(d, TAG.report, "x.created_ms", "x.n")},
              case when x.tf = 1 then 'user:' || ${flagger} else ${v.reporterKey("x.reporter")} end,
              case when x.tf = 1 then ${flagger} else ${v.reporterUserId("x.reporter")} end,
              case when x.tf = 1 then 'flagger' || (x.k % ${plan.trustedFlaggers}) || '@trusted.example'
                else 'reporter' || x.reporter || '@example.test' end
            from (
              select ${n} as n, c.k, b.pos, (${d.big(n)} * 104729) % ${plan.reporters} as reporter,
                case when c.tf = 1 and b.pos = 0 then 1 else 0 end as tf,
                case c.dept_idx when 0 then 0 when 1 then (case when ${n} % 5 < 2 then 1 else 2 end) when 2 then 3
                  else (case when ${n} % 5 < 3 then 4 else 5 end) end as type_idx,
                c.first_ms + b.pos * 5000 as created_ms
              from bench_seq s
                join bench_rslot b on b.off = ${n} % 250
                join bench_case c on c.k = (${n} / 250) * 50 + b.slot
              where ${n} < ${plan.reports}
            ) x`,
    },
  ];
}

function reports(plan: DataPlan, v: Vocabulary): Step[] {
  const { d } = v;
  const from = "from bench_report r join bench_case c on c.k = r.k order by r.n";
  const tokenHash = [`${d.big("r.n")} * 2654435761`, "r.n", "r.reporter", "r.k"]
    .map((e) => d.hex(e, 16))
    .join(" || ");
  const targetUrl = `case when c.is_store = 1 then ${v.storeUrl("c.target_id")} else ${v.listingUrl("c.target_id")} end`;
  return [
    {
      name: "reports",
      sql: `insert into reports (id, reference, type, department, reporter_user_id, reporter_key, contact_email,
              access_token_hash, description, description_language, details_json, disclose_identity,
              agreement_version, status, target_title, target_count, expected_decision_by, created_at, updated_at,
              source)
            select r.id, ${v.reference("r.n")}, ${pick("r.type_idx", TYPES)}, c.department, r.ruser, r.rkey, r.email,
              case when r.ruser is null then ${tokenHash} else null end,
              ${pick("r.n % 4", DESCRIPTIONS)}, 'en', ${pick("r.type_idx", DETAILS)},
              case when r.n % 7 = 0 then 1 else 0 end, ${lit(AGREEMENT_VERSION)},
              case when c.decided = 1 then 'decided' when c.needs_info = 1 then 'needs_info' else 'submitted' end,
              c.target_title, 1, ${d.iso("c.sla_ms")}, ${d.iso("r.created_ms")},
              ${d.iso("coalesce(c.decided_ms, r.created_ms)")},
              case when r.tf = 1 then 'trusted_flagger' else 'notice' end
            ${from}`,
    },
    {
      name: "report targets",
      sql: `insert into report_targets (id, report_id, position, url, target_kind, target_id, target_title, case_id)
            select ${uuidAt(d, TAG.target, "r.created_ms", "r.n")}, r.id, 0, ${targetUrl}, c.kind, c.target_id,
              c.target_title, c.id
            ${from}`,
    },
    {
      name: "report events",
      sql: `insert into report_events (id, report_id, type, status, actor_user_id, data_json, created_at)
            select ${uuidAt(d, TAG.reportEvent, "r.created_ms", "r.n")}, r.id, 'report.submitted', 'submitted',
              r.ruser, '{}', ${d.iso("r.created_ms")}
            from bench_report r order by r.n`,
    },
    {
      name: "case reporters",
      sql: `insert into case_reporters (case_id, reporter_key, first_report_id)
            select c.id, r.rkey, r.id
            ${from}`,
    },
    {
      name: "case events",
      sql: `insert into case_events (id, case_id, type, status, actor_user_id, data_json, created_at)
            select ${uuidAt(d, TAG.reportAttached, "r.created_ms", "r.n")}, c.id, 'report.attached', 'open',
              r.ruser, '{"reportId":"' || r.id || '","reference":"' || ${v.reference("r.n")} || '"}',
              ${d.iso("r.created_ms")}
            ${from}`,
    },
    {
      name: "evidence",
      sql: `insert into evidence_files (id, report_id, sha256, size_bytes, mime_type, file_name, created_at)
            select ${uuidAt(d, TAG.evidence, "r.created_ms", "r.n")}, r.id, ${tokenHash},
              40000 + (${d.big("r.n")} * 7919) % 400000, 'image/jpeg', 'photo-' || r.n || '.jpg', ${d.iso("r.created_ms")}
            from bench_report r where r.n % 10 = 0 order by r.n`,
    },
    {
      // One standing row per reporter (the app keeps it when a report is decided); 1 in 50 in the fast lane.
      name: "reporter standing",
      sql: `insert into reporter_standing (reporter_key, fast_lane, fast_lane_left_at, warned_at, suspended_until, updated_at)
            select ${v.reporterKey("i")}, case when i % 50 = 0 then 1 else 0 end, null, null, null,
              ${d.iso(String(plan.now - 86_400_000))}
            from bench_seq where i < ${plan.reporters}`,
    },
  ];
}

export const reportSteps = (plan: DataPlan, v: Vocabulary): Step[] => [
  ...benchReport(plan, v),
  ...reports(plan, v),
];
