/** A valid report of each common kind, for tests to vary one field at a time. */
export function listingReport(url: string, overrides: Record<string, unknown> = {}) {
  return {
    type: "listing_violation",
    targetUrls: [url],
    description: "This listing offers prescription painkillers without any prescription.",
    contactEmail: "guest@example.test",
    agreement: true,
    details: { violation: "prohibited_goods", prohibitedCategory: "prescription_medicines" },
    ...overrides,
  };
}

export function ipReport(urls: string[], overrides: Record<string, unknown> = {}) {
  return {
    type: "ip_rights_holder",
    targetUrls: urls,
    description: "These listings sell counterfeits of our registered trademark ORBIS.",
    contactEmail: "legal@orbis.example",
    agreement: true,
    details: { rightId: "set-by-the-test", reasonCode: "counterfeit" },
    ...overrides,
  };
}
