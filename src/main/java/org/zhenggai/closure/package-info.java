/**
 * Closing items after review (销号): a department asks with its evidence, the office reviews, the
 * responsible leader approves, then the measure is closed; a problem is closed when the office
 * confirms that all its measures are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Closing items")
package org.zhenggai.closure;
