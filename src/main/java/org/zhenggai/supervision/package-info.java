/**
 * Pressing the work: the daily warning scan (yellow before a deadline, red after it),
 * notifications in the application, by e-mail and to group-chat robots, and supervision notices
 * (督办单) that escalate to the responsible leader when nobody answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.zhenggai.supervision;
