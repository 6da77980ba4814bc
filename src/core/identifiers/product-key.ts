// Two things people scan or type instead of a PKID (spec §2): both must be named, not accepted.

/** 25-character product key XXXXX-XXXXX-XXXXX-XXXXX-XXXXX. */
export const PRODUCT_KEY = /^[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}$/i;

/**
 * The Windows "Product ID" from Settings: 00330-80000-00000-AA123 (current OEM/retail form) or
 * the older 00000-000-0000000-00000 form.
 */
export const WINDOWS_PRODUCT_ID = /^(?:\d{5}-\d{5}-\d{5}-[A-Z]{2}\d{3}|\d{5}-\d{3}-\d{7}-\d{5}|\d{5}-[A-Z]{3}-\d{7}-\d{5})$/i;

export const isProductKey = (v: string): boolean => PRODUCT_KEY.test(v);
export const isWindowsProductId = (v: string): boolean => WINDOWS_PRODUCT_ID.test(v);
