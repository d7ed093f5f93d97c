/** The roles that work the moderation console; everyone else is refused by the API with 403. */
export const STAFF_ROLES = ["moderator", "senior_moderator", "admin"] as const;

export function isStaffRole(role: string | null | undefined): boolean {
  return !!role && (STAFF_ROLES as readonly string[]).includes(role);
}
