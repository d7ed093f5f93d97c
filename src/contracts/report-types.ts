import { z } from "zod";

/**
 * The report types: the six of the Report Center, and those filed from the thing itself (an abusive
 * rating, from the rating). Routing, forms and DSA categories are data, not code.
 */
export const REPORT_TYPE_IDS = [
  "ip_rights_holder",
  "copyright",
  "listing_violation",
  "phishing",
  "suspicious_behavior",
  "illegal_promotion",
  "feedback_abuse",
] as const;
export const ReportTypeId = z.enum(REPORT_TYPE_IDS);

/** Each type's bit in a case's `report_types` mask (stable: stored in the database). */
export function reportTypeBit(id: (typeof REPORT_TYPE_IDS)[number]): number {
  return 2 ** REPORT_TYPE_IDS.indexOf(id);
}
export type ReportTypeId = z.infer<typeof ReportTypeId>;

export const DEPARTMENT_IDS = [
  "ip_protection",
  "listing_compliance",
  "fraud_security",
  "marketplace_integrity",
  "disputes",
  "support",
] as const;
export const DepartmentId = z.enum(DEPARTMENT_IDS);
export type DepartmentId = z.infer<typeof DepartmentId>;

export const DEPARTMENT_NAMES: Record<DepartmentId, string> = {
  ip_protection: "IP Protection",
  listing_compliance: "Listing Compliance",
  fraud_security: "Fraud & Security",
  marketplace_integrity: "Marketplace Integrity",
  disputes: "Disputes",
  support: "Support",
};

export const FieldKind = z.enum([
  "text",
  "textarea",
  "select",
  "multiselect",
  "checkbox",
  "url",
  "date",
  "email",
]);
export type FieldKind = z.infer<typeof FieldKind>;

export const FieldDescriptor = z.object({
  name: z.string(),
  label: z.string(),
  help: z.string(),
  kind: FieldKind,
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  /** Shown (and then required, if `required`) only while another field has one of these values. */
  showWhen: z.object({ field: z.string(), equals: z.array(z.string()) }).optional(),
  maxLength: z.number().int().optional(),
  /** The options are the asker's own: "my_rights" = the approved, valid rights of its IP vault. */
  optionsFrom: z.enum(["my_rights"]).optional(),
});
export type FieldDescriptor = z.infer<typeof FieldDescriptor>;

export const ReportTypeInfo = z.object({
  id: ReportTypeId,
  title: z.string(),
  summary: z.string(),
  forWhat: z.array(z.string()),
  notFor: z.array(z.string()),
  department: DepartmentId,
  dsaCategory: z.string(),
  maxTargets: z.number().int(),
  /** Whether the Report Center offers it; the others are filed from what they are about. */
  listed: z.boolean(),
  targetHelp: z.string(),
  fields: z.array(FieldDescriptor),
});
export type ReportTypeInfo = z.infer<typeof ReportTypeInfo>;

const opt = (value: string, label: string) => ({ value, label });

export const PROHIBITED_CATEGORIES = [
  opt("firearms_weapons", "Firearms and weapons"),
  opt("explosives_flammables_poisons", "Explosives, flammables, poisons"),
  opt("prescription_medicines", "Prescription and restricted medicines"),
  opt("software_licences_malware", "Software licences and malware"),
  opt("narcotics", "Narcotics"),
  opt("adult_materials", "Adult materials"),
  opt("protected_plants_animals", "Protected plants and animals"),
  opt("other", "Other prohibited or restricted goods"),
];

export const REPORT_TYPES: ReportTypeInfo[] = [
  {
    id: "ip_rights_holder",
    title: "Intellectual property (rights holder)",
    summary:
      "You own a trademark, patent or design, or act for its owner, and a listing or store infringes it.",
    forWhat: [
      "Counterfeits of your own brand",
      "Unauthorised use of your trademark",
      "Infringement of your patent or design",
    ],
    notFor: [
      "A fake or replica you saw while shopping (use Listing rules violation)",
      "Copied photos or texts (use Copyright)",
      "A fake item you bought yourself (open an order dispute)",
    ],
    department: "ip_protection",
    dsaCategory: "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
    listed: true,
    maxTargets: 300,
    targetHelp: "Links to the listings or stores that infringe your right, one per line (up to 300).",
    fields: [
      {
        name: "rightId",
        label: "Your IP right",
        help: "Pick one of your verified rights. Register rights once under IP rights; IP Protection verifies them before you can use them.",
        kind: "select",
        required: true,
        optionsFrom: "my_rights",
      },
      {
        name: "reasonCode",
        label: "Reason",
        help: "What the listings do with your right.",
        kind: "select",
        required: true,
        options: [
          opt("counterfeit", "Sells counterfeits of my brand"),
          opt("trademark_misuse", "Uses my trademark in its title, images or description"),
          opt("patent_infringement", "Infringes my patent"),
          opt("design_infringement", "Copies my registered design"),
        ],
      },
    ],
  },
  {
    id: "copyright",
    title: "Copyright infringement",
    summary: "Someone uses your photos, texts, software or other work without permission.",
    forWhat: ["Your product photos copied", "Your texts or descriptions copied", "Pirated software or media"],
    notFor: ["Trademarks, patents or designs (use Intellectual property)", "Problems with an order"],
    department: "ip_protection",
    dsaCategory: "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
    listed: true,
    maxTargets: 1,
    targetHelp: "The link to the listing or store that uses your work.",
    fields: [
      {
        name: "workKind",
        label: "What was copied",
        help: "The kind of work that is used without your permission.",
        kind: "select",
        required: true,
        options: [
          opt("photos", "Photos or images"),
          opt("text", "Texts"),
          opt("software", "Software"),
          opt("media", "Music, video or books"),
          opt("other", "Other work"),
        ],
      },
      {
        name: "originalWork",
        label: "Your original work",
        help: "A link to the original, or a short description of it (where and when it was first published).",
        kind: "textarea",
        required: true,
        maxLength: 2000,
      },
      {
        name: "goodFaith",
        label: "I believe in good faith that this use is not authorised by the owner, its agent or the law.",
        help: "Required by law for copyright notices.",
        kind: "checkbox",
        required: true,
      },
      {
        name: "accurate",
        label:
          "The information in this notice is accurate, and I am the owner or authorised to act for the owner.",
        help: "Required by law for copyright notices.",
        kind: "checkbox",
        required: true,
      },
      {
        name: "signature",
        label: "Signature (type your full name)",
        help: "Your typed full name serves as your signature.",
        kind: "text",
        required: true,
        maxLength: 200,
      },
    ],
  },
  {
    id: "listing_violation",
    title: "Listing rules violation",
    summary:
      "A listing offers prohibited, restricted, counterfeit or replica goods, or breaks the listing rules.",
    forWhat: [
      "Counterfeit or replica goods (fakes of a brand), whoever you are",
      "Prohibited or restricted goods (weapons, drugs, medicines…)",
      "Goods that cannot be delivered",
      "Duplicate listings re-published to boost promotion",
      "Misleading or hidden prices",
      "Asking to pay or deliver outside the marketplace",
    ],
    notFor: ["An order that did not arrive or is not as described (open an order dispute)"],
    department: "listing_compliance",
    dsaCategory: "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
    listed: true,
    maxTargets: 1,
    targetHelp: "The link to the listing (or the store) that breaks the rules.",
    fields: [
      {
        name: "violation",
        label: "Which rule it breaks",
        help: "Pick the rule the listing breaks. “Counterfeit or replica goods” is for fakes of a brand that anyone may report; if you own the brand, the IP complaint lets you act on your verified right.",
        kind: "select",
        required: true,
        options: [
          opt("counterfeit", "Counterfeit or replica goods"),
          opt("prohibited_goods", "Prohibited or restricted goods"),
          opt("undeliverable_goods", "Goods that cannot be delivered"),
          opt("duplicate_listing", "Duplicate re-publication to boost promotion"),
          opt("misleading_price", "Misleading or hidden price"),
          opt("off_platform", "Payment or delivery outside the marketplace"),
        ],
      },
      {
        name: "prohibitedCategory",
        label: "Category of goods",
        help: "Which kind of prohibited or restricted goods the listing offers.",
        kind: "select",
        required: true,
        options: PROHIBITED_CATEGORIES,
        showWhen: { field: "violation", equals: ["prohibited_goods"] },
      },
    ],
  },
  {
    id: "phishing",
    title: "Phishing",
    summary: "A message, page or link tries to steal passwords or payment details, or spreads malware.",
    forWhat: ["Fake login pages", "Messages asking for your password or card", "Links that download malware"],
    notFor: ["A seller who is rude or slow (leave feedback)", "Problems with an order"],
    department: "fraud_security",
    dsaCategory: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    listed: true,
    maxTargets: 1,
    targetHelp: "The link to the listing or store where you met it.",
    fields: [
      {
        name: "suspiciousLink",
        label: "The suspicious link",
        help: "Copy the link exactly, but do not open it again. It may point to any website.",
        kind: "url",
        required: true,
        maxLength: 2000,
      },
      {
        name: "channel",
        label: "Where it came from",
        help: "How the suspicious link or request reached you.",
        kind: "select",
        required: true,
        options: [
          opt("message", "A marketplace message"),
          opt("email", "An email"),
          opt("listing", "A listing or store page"),
          opt("other", "Somewhere else"),
        ],
      },
      {
        name: "receivedOn",
        label: "Date received",
        help: "When you received it, if you know.",
        kind: "date",
        required: false,
      },
    ],
  },
  {
    id: "suspicious_behavior",
    title: "Suspicious behaviour or fraud",
    summary: "A fake store, a scam, or someone using other people's photos, personal data or logos.",
    forWhat: ["Fake stores", "Use of others' photos, personal data or logos", "Scams"],
    notFor: [
      "Your own order that went wrong (open an order dispute)",
      "Counterfeit or replica goods on sale (use Listing rules violation)",
    ],
    department: "fraud_security",
    dsaCategory: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    listed: true,
    maxTargets: 1,
    targetHelp: "The link to the store or listing involved.",
    fields: [
      {
        name: "behavior",
        label: "What happened",
        help: "The kind of behaviour you noticed.",
        kind: "select",
        required: true,
        options: [
          opt("fake_store", "A fake store"),
          opt("stolen_photos", "Uses other people's photos"),
          opt("personal_data", "Uses other people's personal data"),
          opt("logo_misuse", "Uses logos it has no right to"),
          opt("scam", "A scam"),
          opt("other", "Something else"),
        ],
      },
      {
        name: "happenedOn",
        label: "When it happened",
        help: "The date you noticed it, if you know.",
        kind: "date",
        required: false,
      },
    ],
  },
  {
    id: "illegal_promotion",
    title: "Illegal promotion",
    summary: "Fake orders, rating or review manipulation, feedback extortion, traffic tricks.",
    forWhat: ["Fake orders", "Bought or fake reviews", "Pressure to change your feedback", "Traffic tricks"],
    notFor: ["A fair negative review of your store (reply to it)", "Problems with an order"],
    department: "marketplace_integrity",
    dsaCategory: "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
    listed: true,
    maxTargets: 1,
    targetHelp: "The link to the store or listing that is promoted illegally.",
    fields: [
      {
        name: "scheme",
        label: "Kind of promotion",
        help: "What the seller does to promote itself.",
        kind: "select",
        required: true,
        options: [
          opt("fake_orders", "Fake orders"),
          opt("rating_manipulation", "Rating manipulation"),
          opt("review_manipulation", "Bought or fake reviews"),
          opt("feedback_extortion", "Feedback extortion"),
          opt("traffic_tricks", "Traffic tricks"),
          opt("other", "Something else"),
        ],
      },
      {
        name: "orderNumber",
        label: "Related order number",
        help: "If it concerns one of your orders (e.g. pressure to change feedback), its number.",
        kind: "text",
        required: false,
        maxLength: 100,
      },
    ],
  },
  {
    id: "feedback_abuse",
    title: "Abusive rating",
    summary: "A rating that breaks the feedback rules. Filed from the rating itself, with the rating kept.",
    forWhat: [
      "A rating about something other than the order",
      "Insults",
      "Someone's personal data",
      "A competitor's rating",
      "A rating used to extort something",
    ],
    notFor: ["A fair negative rating of your store (reply to it)", "Problems with an order"],
    department: "marketplace_integrity",
    dsaCategory: "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
    listed: false,
    maxTargets: 1,
    targetHelp: "The rating, as its “Report” button gives it.",
    fields: [
      {
        name: "reason",
        label: "Why it breaks the rules",
        help: "What is wrong with the rating.",
        kind: "select",
        required: true,
        options: [
          opt("unrelated", "It is not about the order"),
          opt("insulting", "It insults someone"),
          opt("personal_data", "It shows someone's personal data"),
          opt("competitor", "A competitor wrote it"),
          opt("extortion", "It is used to extort something"),
        ],
      },
    ],
  },
];

export function reportTypeById(id: ReportTypeId): ReportTypeInfo {
  const type = REPORT_TYPES.find((t) => t.id === id);
  if (!type) throw new Error(`unknown report type ${id}`);
  return type;
}
