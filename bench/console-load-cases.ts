/**
 * Cases, their "case.opened" events, and for the decided ones (85 %, the oldest) a decision, a
 * "case.decided" event, an enforcement and now and then a strike. The open 15 % have SLAs spread over
 * ±3 days around now, so that about half are overdue.
 */
import type { DataPlan, Vocabulary } from "./console-data.ts";
import { DAY_MS, DEPARTMENTS, TAG } from "./console-data.ts";
import type { Step } from "./console-load.ts";
import { pick, uuidAt } from "./console-sql.ts";

const TERMS_GROUND =
  '{"kind":"incompatible_content","termsSection":"Prohibited items policy, section 3","explanation":"The item may not be sold on the marketplace."}';
const FACTS = "The listing offered an item the marketplace's terms do not allow, as the reports showed.";

function benchCase(plan: DataPlan, v: Vocabulary): Step[] {
  const { d } = v;
  const D = plan.decidedBelow;
  const H = v.hourMs;
  const decidedBase = plan.now - 365 * DAY_MS;
  const decidedStep = Math.floor((359 * DAY_MS) / Math.max(1, D));
  const slaBase = plan.now - 3 * DAY_MS;
  const openStep = Math.floor((6 * DAY_MS - H) / Math.max(1, plan.cases - D));
  const k = "s.i";
  const r = `((${k} * 37 + ${k} / 50) % 20)`;
  const isStore = `(${k} % 20 = 7)`;
  const listingIdx = `((${d.big(k)} * 7919) % ${plan.listings})`;
  const storeTargetIdx = `((${k} / 20) % ${plan.stores})`;
  const decidedFirst = `(${decidedBase} + ${d.big(k)} * ${decidedStep})`;
  const openSla = `(${slaBase} + ${d.big(`${k} - ${D}`)} * ${openStep})`;
  return [
    {
      name: "cases",
      sql: `${d.helperTable} bench_case (k integer primary key, cnt integer not null, dept_idx integer not null,
              is_store integer not null, target_idx integer not null, store_idx integer not null,
              decided integer not null, needs_info integer not null, lane integer not null, tf integer not null,
              severity integer not null,
              first_ms bigint not null, sla_ms bigint not null, decided_ms bigint, id text not null,
              department text not null, kind text not null, target_id text not null, target_title text not null,
              store_id text not null, seller_key text not null)`,
    },
    {
      name: "cases",
      sql: `insert into bench_case (k, cnt, dept_idx, is_store, target_idx, store_idx, decided, needs_info, lane, tf,
              severity, first_ms, sla_ms, decided_ms, id, department, kind, target_id, target_title, store_id, seller_key)
            select x.k, x.cnt, x.dept_idx, x.is_store, x.target_idx, x.store_idx, x.decided, x.needs_info, x.lane,
              x.tf, case x.dept_idx when 0 then 2 + (case when x.k % 5 = 1 then 1 else 0 end)
                when 1 then 2 + (case when x.k % 3 = 0 then 1 else 0 end) when 2 then 1 else 1 + x.k % 2 end,
              x.first_ms, x.sla_ms, x.decided_ms, ${uuidAt(d, TAG.case, "x.first_ms", "x.k")},
              ${pick("x.dept_idx", DEPARTMENTS)}, case when x.is_store = 1 then 'store' else 'listing' end,
              case when x.is_store = 1 then ${v.storeId("x.target_idx")} else ${v.listingId("x.target_idx")} end,
              case when x.is_store = 1 then ${v.storeName("x.target_idx")} else ${v.listingTitle("x.target_idx")} end,
              ${v.storeId("x.store_idx")}, coalesce(${v.sellerUserId("x.store_idx")}, ${v.storeId("x.store_idx")})
            from (
              select ${k} as k, b.cnt,
                case when ${r} < 8 then 0 when ${r} < 13 then 1 when ${r} < 16 then 2 else 3 end as dept_idx,
                case when ${isStore} then 1 else 0 end as is_store,
                case when ${isStore} then ${storeTargetIdx} else ${listingIdx} end as target_idx,
                case when ${isStore} then ${storeTargetIdx} else ${listingIdx} % ${plan.stores} end as store_idx,
                case when ${k} < ${D} then 1 else 0 end as decided,
                case when ${k} >= ${D} and ${k} % 10 = 3 then 1 else 0 end as needs_info,
                case when ${k} % 11 = 5 then 1 else 0 end as lane,
                case when ${k} % 22 = 5 then 1 else 0 end as tf,
                case when ${k} < ${D} then ${decidedFirst} else ${openSla} - ${3 * DAY_MS} end as first_ms,
                case when ${k} < ${D} then ${decidedFirst} + (case when ${k} % 11 = 5 then ${24 * H} else ${48 * H} end)
                  else ${openSla} end as sla_ms,
                case when ${k} < ${D} then ${decidedFirst} + ${20 * H} + (${k} % 24) * ${H} else null end as decided_ms
              from bench_seq s join bench_block b on b.slot = ${k} % 50
              where ${k} < ${plan.cases}
            ) x`,
    },
  ];
}

function snapshot(plan: DataPlan, v: Vocabulary): string {
  const { d } = v;
  const store = `'{"id":"' || c.target_id || '","name":"' || c.target_title ||
    '","description":"A store of the bench catalog.","country":"' || ${v.storeCountry("c.store_idx")} ||
    '","status":"active","url":"' || ${v.storeUrl("c.target_id")} || '","listingCount":${Math.round(plan.listings / plan.stores)},"capturedAt":"' ||
    ${d.iso("c.first_ms")} || '"}'`;
  const listing = `'{"id":"' || c.target_id || '","storeId":"' || c.store_id || '","storeName":"' ||
    ${v.storeName("c.store_idx")} || '","title":"' || c.target_title ||
    '","description":"A listing of the bench catalog, with a description of ordinary length for a marketplace item.","priceMinor":' ||
    ${v.listingPrice("c.target_idx")} || ',"currency":"EUR","imageUrl":null,"category":"' || ${v.listingCategory("c.target_idx")} ||
    '","status":"active","url":"' || ${v.listingUrl("c.target_id")} || '","capturedAt":"' || ${d.iso("c.first_ms")} || '"}'`;
  return `case when c.is_store = 1 then ${store} else ${listing} end`;
}

function cases(plan: DataPlan, v: Vocabulary): Step[] {
  const { d } = v;
  const last = "c.first_ms + (c.cnt - 1) * 5000";
  return [
    {
      name: "cases",
      sql: `insert into cases (id, department, target_kind, target_id, target_title, store_id, open_key, status,
              priority, lane, sla_due_at, first_reported_at, last_reported_at, report_count, reporter_count,
              snapshot_json, created_at, updated_at, claimed_by, claim_expires_at, decided_at, trusted_flagger)
            select c.id, c.department, c.kind, c.target_id, c.target_title, c.store_id,
              case when c.decided = 1 then null else c.department || ':' || c.kind || ':' || c.target_id end,
              case when c.decided = 1 then 'decided' when c.needs_info = 1 then 'needs_info' else 'open' end,
              c.severity * 100 + c.lane * 50 + ${d.least("c.cnt", "20")},
              case when c.lane = 1 then 'priority' else 'standard' end,
              ${d.iso("c.sla_ms")}, ${d.iso("c.first_ms")}, ${d.iso(last)}, c.cnt, c.cnt, ${snapshot(plan, v)},
              ${d.iso("c.first_ms")}, ${d.iso(`coalesce(c.decided_ms, ${last})`)}, null, null, ${d.iso("c.decided_ms")},
              c.tf
            from bench_case c order by c.k`,
    },
    {
      name: "case events",
      sql: `insert into case_events (id, case_id, type, status, actor_user_id, data_json, created_at)
            select ${uuidAt(d, TAG.caseOpened, "c.first_ms", "c.k")}, c.id, 'case.opened', 'open', null,
              '{"department":"' || c.department || '","target":{"kind":"' || c.kind || '","id":"' || c.target_id || '"}}',
              ${d.iso("c.first_ms")}
            from bench_case c order by c.k`,
    },
  ];
}

function decisions(plan: DataPlan, v: Vocabulary): Step[] {
  const { d } = v;
  const decisionId = uuidAt(d, TAG.decision, "c.decided_ms", "c.k");
  const acted = "c.k % 10 < 7";
  const actions = `case when not (${acted}) then '[]' when c.is_store = 1 then '[{"type":"warn_seller"}]' else '[{"type":"remove_listing"}]' end`;
  const puid = `case when ${acted} and c.is_store = 0 then 'sor-' || ${decisionId} else null end`;
  const staff = v.userId(v.staffUser(`c.k % ${plan.staff}`));
  const join = "from bench_case c join decisions dd on dd.case_id = c.id";
  return [
    {
      name: "decisions",
      sql: `insert into decisions (id, case_id, outcome, reason, actions_json, ground_json, facts, message,
              statement_puid, decided_by, decided_at)
            select ${decisionId}, c.id, case when ${acted} then 'action_taken' else 'no_action' end,
              case when ${acted} then null else 'not_violation' end, ${actions},
              case when ${acted} then '${TERMS_GROUND}' else null end,
              case when ${acted} then '${FACTS.replaceAll("'", "''")}' else null end, null, ${puid}, ${staff},
              ${d.iso("c.decided_ms")}
            from bench_case c where c.decided = 1 order by c.k`,
    },
    {
      name: "case events",
      sql: `insert into case_events (id, case_id, type, status, actor_user_id, data_json, created_at)
            select ${uuidAt(d, TAG.caseDecided, "c.decided_ms", "c.k")}, c.id, 'case.decided', 'decided', dd.decided_by,
              '{"outcome":"' || dd.outcome || '","actions":' || dd.actions_json || ',"statementPuid":' ||
                coalesce('"' || dd.statement_puid || '"', 'null') || '}',
              dd.decided_at
            ${join} order by c.k`,
    },
    {
      name: "enforcements",
      sql: `insert into enforcements (id, decision_id, type, target_kind, target_id, store_id, params_json, starts_at,
              ends_at, lifted_at)
            select ${uuidAt(d, TAG.enforcement, "c.decided_ms", "c.k")}, dd.id,
              case when c.is_store = 1 then 'warn_seller' else 'remove_listing' end, c.kind, c.target_id, c.store_id,
              case when c.is_store = 1 then '{"type":"warn_seller"}' else '{"type":"remove_listing"}' end,
              dd.decided_at, null, null
            ${join} where dd.outcome = 'action_taken' order by c.k`,
    },
    {
      name: "enforcements",
      sql: `insert into strikes (id, store_id, seller_key, severity, decision_id, created_at, expires_at, removed_at)
            select ${uuidAt(d, TAG.strike, "c.decided_ms", "c.k")}, c.store_id, c.seller_key,
              case when c.k % 50 = 0 then 'serious' else 'general' end, dd.id, dd.decided_at,
              ${d.iso(`c.decided_ms + ${365 * DAY_MS}`)}, null
            ${join} where dd.outcome = 'action_taken' and c.k % 25 = 0 order by c.k`,
    },
  ];
}

export const caseSteps = (plan: DataPlan, v: Vocabulary): Step[] => [
  ...benchCase(plan, v),
  ...cases(plan, v),
  ...decisions(plan, v),
];
