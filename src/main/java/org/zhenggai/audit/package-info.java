/**
 * The append-only record of every change: who, when, what, before and after, written in the
 * transaction of the change itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.zhenggai.audit;
