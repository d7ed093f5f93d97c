/** The demo marketplace: a few stores, listings (some plainly against the rules), orders and accounts. */
export const DEMO_PASSWORD = "redress-demo";

export const DEMO_ACCOUNTS = [
  { key: "buyer", name: "Bea Buyer", email: "buyer@demo.redress.test", role: "member" },
  { key: "seller", name: "Sam Seller", email: "seller@demo.redress.test", role: "member" },
  {
    key: "rights",
    name: "Rita Rights (Orbis Watches Ltd)",
    email: "rights@demo.redress.test",
    role: "member",
  },
  { key: "moderator", name: "Mo Moderator", email: "moderator@demo.redress.test", role: "moderator" },
  { key: "admin", name: "Ada Admin", email: "admin@demo.redress.test", role: "admin" },
  { key: "mediator", name: "Mia Mediator", email: "mediator@demo.redress.test", role: "moderator" },
  {
    key: "kestrel",
    name: "Kai Kestrel (Kestrel Audio GmbH)",
    email: "kestrel@demo.redress.test",
    role: "member",
  },
  { key: "rudi", name: "Rudi Rant", email: "rudi@demo.redress.test", role: "member" },
] as const;

/** Every demo account has an address on this domain: that is how a later start recognises them. */
export const DEMO_EMAIL_DOMAIN = "demo.redress.test";

/** The departments the demo moderator works (admins work all). */
export const DEMO_MODERATOR_DEPARTMENTS = [
  "ip_protection",
  "listing_compliance",
  "fraud_security",
  "marketplace_integrity",
];

/** The demo mediator works the Disputes department alone: an appeal of Ada's ruling goes to her. */
export const DEMO_MEDIATOR_DEPARTMENTS = ["disputes"];

export type DemoAccountKey = (typeof DEMO_ACCOUNTS)[number]["key"];

interface DemoStore {
  id: string;
  name: string;
  description: string;
  country: string;
  owner: DemoAccountKey | null;
}

export const DEMO_STORES: DemoStore[] = [
  {
    id: "st-1001",
    name: "Sam's Gadget Corner",
    description: "Phones, audio and accessories.",
    country: "DE",
    owner: "seller",
  },
  {
    id: "st-1002",
    name: "Sam's Outdoor Supply",
    description: "Gear for camping and hiking.",
    country: "DE",
    owner: "seller",
  },
  {
    id: "st-1003",
    name: "Luxe Time Outlet",
    description: "Designer watches at outlet prices.",
    country: "CN",
    owner: null,
  },
  {
    id: "st-1004",
    name: "Green Pharmacy Direct",
    description: "Health products, shipped worldwide.",
    country: "IN",
    owner: null,
  },
  {
    id: "st-1005",
    name: "SoftKeys Wholesale",
    description: "Software licences, instant delivery.",
    country: "RU",
    owner: null,
  },
  {
    id: "st-1006",
    name: "Cosy Home & Kids",
    description: "Toys, decor and clothing for the family.",
    country: "FR",
    owner: null,
  },
];

interface DemoListing {
  id: string;
  store: string;
  title: string;
  description: string;
  price: number;
  currency: string;
  image: string;
  category: string;
}

export const DEMO_LISTINGS: DemoListing[] = [
  {
    id: "it-2001",
    store: "st-1001",
    title: "Wireless noise-cancelling headphones",
    description: "40 h battery, USB-C.",
    price: 8999,
    currency: "EUR",
    image: "headphones",
    category: "electronics",
  },
  {
    id: "it-2002",
    store: "st-1001",
    title: "Refurbished smartphone 128 GB",
    description: "Grade A, 12 months warranty.",
    price: 24900,
    currency: "EUR",
    image: "phone",
    category: "electronics",
  },
  {
    id: "it-2003",
    store: "st-1001",
    title: "Phone case, recycled plastic",
    description: 'Fits most 6.1" phones.',
    price: 1299,
    currency: "EUR",
    image: "phone",
    category: "accessories",
  },
  {
    id: "it-2004",
    store: "st-1002",
    title: "Folding camping knife, 8 cm blade",
    description: "Stainless steel, locking blade.",
    price: 2450,
    currency: "EUR",
    image: "knife",
    category: "outdoor",
  },
  {
    id: "it-2005",
    store: "st-1002",
    title: "Hiking boots, waterproof",
    description: "Sizes 36–47.",
    price: 11900,
    currency: "EUR",
    image: "sneaker",
    category: "outdoor",
  },
  {
    id: "it-2006",
    store: "st-1003",
    title: "Orbis Submariner replica watch — looks 100% original",
    description: "Same logo, same box, 1/20 of the price. Do not tell customs.",
    price: 4900,
    currency: "EUR",
    image: "watch",
    category: "watches",
  },
  {
    id: "it-2007",
    store: "st-1003",
    title: "Orbis Datejust 'inspired' automatic watch",
    description: "Orbis crown logo on dial and clasp.",
    price: 7900,
    currency: "EUR",
    image: "watch",
    category: "watches",
  },
  {
    id: "it-2008",
    store: "st-1003",
    title: "Designer handbag, brand logo, mirror quality",
    description: "1:1 copy with serial number card.",
    price: 5900,
    currency: "EUR",
    image: "bag",
    category: "bags",
  },
  {
    id: "it-2009",
    store: "st-1004",
    title: "Oxycodone 40 mg, no prescription needed",
    description: "Discreet shipping, 100 tablets.",
    price: 19900,
    currency: "EUR",
    image: "pills",
    category: "health",
  },
  {
    id: "it-2010",
    store: "st-1004",
    title: "Vitamin D3 drops",
    description: "1000 IU, 30 ml.",
    price: 899,
    currency: "EUR",
    image: "pills",
    category: "health",
  },
  {
    id: "it-2011",
    store: "st-1004",
    title: "Weight-loss pills — pay by bank transfer for 30% off",
    description: "Contact us on WhatsApp to order outside the marketplace.",
    price: 3900,
    currency: "EUR",
    image: "pills",
    category: "health",
  },
  {
    id: "it-2012",
    store: "st-1005",
    title: "Office suite lifetime key — cracked, works offline",
    description: "Activator included. Disable your antivirus before running.",
    price: 499,
    currency: "EUR",
    image: "software",
    category: "software",
  },
  {
    id: "it-2013",
    store: "st-1005",
    title: "Antivirus 1-year licence",
    description: "Genuine retail key.",
    price: 2999,
    currency: "EUR",
    image: "software",
    category: "software",
  },
  {
    id: "it-2014",
    store: "st-1006",
    title: "Wooden toy train set",
    description: "Ages 3+, 40 pieces.",
    price: 3450,
    currency: "EUR",
    image: "toy",
    category: "toys",
  },
  {
    id: "it-2015",
    store: "st-1006",
    title: "Ivory elephant carving, antique",
    description: "Genuine elephant ivory, 20 cm.",
    price: 45000,
    currency: "EUR",
    image: "decor",
    category: "decor",
  },
  {
    id: "it-2016",
    store: "st-1006",
    title: "Organic cotton T-shirt",
    description: "Unisex, sizes XS–XXL.",
    price: 1990,
    currency: "EUR",
    image: "shirt",
    category: "clothing",
  },
  {
    id: "it-2017",
    store: "st-1006",
    title: "Lipstick set, 6 shades",
    description: "Vegan, cruelty-free.",
    price: 2490,
    currency: "EUR",
    image: "cosmetics",
    category: "cosmetics",
  },
  {
    id: "it-2018",
    store: "st-1006",
    title: "Wooden toy train set — only €1!",
    description: "Price shown is for the box only; the train costs €89 at checkout.",
    price: 100,
    currency: "EUR",
    image: "toy",
    category: "toys",
  },
];
