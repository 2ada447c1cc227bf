/**
 * Long-term mechanisms and keeping fixed what was fixed: rules written or revised because of
 * problems (建章立制), look-backs that check closed problems again (回头看), and recurrences of
 * problems found in earlier rounds (屡改屡犯).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules, look-backs and recurrences")
package org.zhenggai.mechanism;
