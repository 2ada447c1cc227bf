/**
 * Inspection rounds (巡视/巡察): who inspected which unit, when, when the feedback was handed over,
 * the end of the concentrated rectification and the dated stages of the work; and the rounds of
 * inspections (巡察轮次) an inspection office runs over many units, which those rounds belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection rounds")
package org.zhenggai.round;
