/** Staff departments, decisions, enforcement, strikes, statements, notes, macros, outcome texts. */

export interface StaffDepartmentTable {
  user_id: string;
  department: string;
}

/** A change of an account's staff role or departments: `data_json` holds what it was and became. */
export interface StaffEventTable {
  id: string;
  user_id: string;
  type: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
}

export interface DecisionTable {
  id: string;
  case_id: string;
  outcome: string;
  reason: string | null;
  actions_json: string;
  ground_json: string | null;
  facts: string | null;
  message: string | null;
  statement_puid: string | null;
  decided_by: string;
  decided_at: string;
  superseded_at?: string | null;
}

export interface EnforcementTable {
  id: string;
  decision_id: string;
  type: string;
  target_kind: string;
  target_id: string;
  store_id: string;
  params_json: string;
  starts_at: string;
  ends_at: string | null;
  lifted_at: string | null;
  previous_json?: string | null;
  lift_reason?: string | null;
}

/** An enforcement ending (its time ran out, or its decision was reversed): `data_json` holds from → to. */
export interface EnforcementEventTable {
  id: string;
  enforcement_id: string;
  type: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
}

export interface StrikeTable {
  id: string;
  store_id: string;
  /** The seller's account id, or the store id for a seller without an account here. */
  seller_key: string;
  severity: string;
  decision_id: string;
  created_at: string;
  expires_at: string;
  removed_at: string | null;
}

export interface StatementTable {
  puid: string;
  decision_id: string;
  case_id: string;
  store_id: string;
  statement_json: string;
  created_at: string;
  submitted_at: string | null;
  reversed_at?: string | null;
}

export interface CaseNoteTable {
  id: string;
  case_id: string;
  author_user_id: string;
  body: string;
  created_at: string;
}

export interface DecisionMacroTable {
  id: string;
  name: string;
  department: string | null;
  decision_json: string;
  created_by: string;
  created_at: string;
}

export interface OutcomeTemplateTable {
  key: string;
  text: string;
  updated_by: string;
  updated_at: string;
}
