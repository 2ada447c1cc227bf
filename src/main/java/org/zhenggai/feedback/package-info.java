/**
 * The feedback of a round (反馈意见) as the problem list (问题清单): categories, problems with the
 * unit's cause analysis and their concrete manifestations, each in the order of the feedback.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback and problem list")
package org.zhenggai.feedback;
