/**
 * A fictional demo unit with a round shaped like a real one (3 categories, 8 problems), filled in
 * on the first start of the embedded default so that a new user sees a working ledger at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.zhenggai.demo;
