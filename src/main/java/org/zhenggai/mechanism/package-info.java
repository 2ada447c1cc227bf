/**
 * Long-term mechanisms and keeping fixed what was fixed: rules written or revised because of
 * problems (建章立制), look-backs that check closed problems again (回头看), recurrences of
 * problems found in earlier rounds (屡改屡犯); and the inspection office's oversight across the
 * units of a round of inspections: its ratings of their rectification, with 差 proposing a
 * look-back inspection, and the common-problem list (共性问题清单) it publishes to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules, look-backs and recurrences")
package org.zhenggai.mechanism;
