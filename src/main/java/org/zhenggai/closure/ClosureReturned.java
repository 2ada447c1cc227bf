package org.zhenggai.closure;

/** Published when a closure request is returned, so the department hears why. */
public record ClosureReturned(long measureId, Long departmentId, String reason) {
}
