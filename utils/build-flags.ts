declare const __ORDERPROOF_DEMO_SHOP__: boolean | undefined;

/**
 * Whether this build knows OrderProof's own demo shop (tests/demo-shop, a reserved `.test` host). The
 * store build (`npm run zip`, mode `store`) leaves it out of the code, the manifest and the settings;
 * development, test and local builds keep it. Outside a build (unit tests, wxt.config.ts) it is in.
 */
export const WITH_DEMO_SHOP: boolean =
  typeof __ORDERPROOF_DEMO_SHOP__ === 'undefined' ? true : __ORDERPROOF_DEMO_SHOP__;
