/**
 * Read models for overviews: a round's home page with its counts, charts and the work that is late
 * or due soon; the inspection office's overview of a round of inspections across its units, and
 * the figures of offices rolled up along the unit tree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package org.zhenggai.dashboard;
