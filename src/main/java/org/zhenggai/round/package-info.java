/**
 * Inspection rounds (巡视/巡察): who inspected which unit, when, when the feedback was handed over,
 * the end of the concentrated rectification and the dated stages of the work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection rounds")
package org.zhenggai.round;
