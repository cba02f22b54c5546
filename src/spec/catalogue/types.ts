import type { SDKS } from '../enums';

/** An SDK Studio generates code for. */
export type Sdk = (typeof SDKS)[number];

/** What one enum value, or one word of a field's known vocabulary, means. */
export interface CatalogueValue {
  label: string;
  /** One plain-English line. */
  help: string;
  /** Set when fewer SDKs can send this value than can send the field. */
  sdks?: readonly Sdk[];
  /** A caveat from the reference ([?], [NEW] or [DOC]) worth showing as a hint. */
  uncertain?: string;
}

/** What a field of the session spec means, for the form, the editor and the findings panel. */
export interface CatalogueEntry {
  label: string;
  /** One plain-English line for a product owner: what it does, units, defaults. */
  help: string;
  /** The SDKs whose released versions can send this field (reference §2 and §12). */
  sdks: readonly Sdk[];
  /** A caveat from the reference ([?], [NEW] or [DOC]) worth showing as a hint. */
  uncertain?: string;
  /** Every enum value, or the known vocabulary of a free-string field or list. */
  values?: Readonly<Record<string, CatalogueValue>>;
  /** What Yoti or the SDKs use when the field is left out, as shown to the user. */
  default?: string;
}

export type CatalogueSection = Readonly<Record<string, CatalogueEntry>>;
