/** The marketplace mirror: stores, listings, orders. */

export interface StoreTable {
  id: string;
  seller_user_id: string | null;
  name: string;
  description: string;
  country: string;
  status: string;
  frozen_until: string | null;
  payouts_frozen_until: string | null;
  created_at: string;
  updated_at: string;
  /** The marketplace's time of the version held: an older write is not applied over it. */
  source_updated_at?: string | null;
  /** Deleted by the marketplace: the row stays, for the cases about it. */
  deleted_at?: string | null;
}

export interface ListingTable {
  id: string;
  store_id: string;
  title: string;
  description: string;
  price_minor: number;
  currency: string;
  image_url: string | null;
  category: string;
  status: string;
  /** JSON array of country codes where the listing is hidden, when restricted. */
  restricted_territories: string | null;
  created_at: string;
  updated_at: string;
  /** EAN/GTIN, where the marketplace knows it. */
  gtin?: string | null;
  /** The marketplace's time of the version held: an older write is not applied over it. */
  source_updated_at?: string | null;
  /** Deleted by the marketplace: the row stays, for the cases about it. */
  deleted_at?: string | null;
}

export interface OrderTable {
  id: string;
  buyer_user_id: string;
  store_id: string;
  status: string;
  total_minor: number;
  currency: string;
  ordered_at: string;
  shipped_at: string | null;
  delivered_at: string | null;
  promised_by: string | null;
  carrier: string | null;
  tracking_number: string | null;
  /** The carrier's last tracking update: "not received" with none for 10 days is refunded. */
  last_tracking_at: string | null;
  /** The marketplace's time of the version held: an older write is not applied over it. */
  source_updated_at?: string | null;
}

export interface OrderItemTable {
  id: string;
  order_id: string;
  listing_id: string;
  title: string;
  quantity: number;
  price_minor: number;
}
