/** Mantine `classNames` for a badge that wraps its words (see `.badge-wraps` in global.css). */
export const WRAPPING_BADGE = { root: "badge-wraps", label: "badge-wraps-label" } as const;
