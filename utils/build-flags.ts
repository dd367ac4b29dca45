declare const __ORDERPROOF_DEMO_SHOP__: boolean | undefined;

/**
 * Whether this build knows OrderProof's own demo shop (tests/demo-shop, a reserved `.test` host). The
 * store build (`npm run zip`, mode `store`) leaves it out of the code, the manifest and the settings;
 * development, test and local builds keep it. Outside a build (unit tests, wxt.config.ts) it is in.
 */
export const WITH_DEMO_SHOP: boolean =
  typeof __ORDERPROOF_DEMO_SHOP__ === 'undefined' ? true : __ORDERPROOF_DEMO_SHOP__;

/**
 * Whether test hooks (settings only the e2e tests write, such as a shorter capture watchdog) are read at
 * all. Same builds as the demo shop: the store build leaves the hooks out, so no page or extension data
 * can shorten a product delay there.
 */
export const WITH_TEST_HOOKS: boolean = WITH_DEMO_SHOP;
