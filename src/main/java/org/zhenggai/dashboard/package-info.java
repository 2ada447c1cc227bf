/**
 * Read models for overviews: a round's home page with its counts, charts and the work that is late
 * or due soon.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package org.zhenggai.dashboard;
