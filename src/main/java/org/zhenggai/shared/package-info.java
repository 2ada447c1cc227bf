/**
 * What every module shares: configuration, the clock, domain exceptions and their mapping to
 * RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhenggai.shared;
