/**
 * Dispatch and supervision (调度, 督查督办): dispatch meetings that hear the progress of measures
 * and decide on them, and spot checks that draw completed or closed measures at random to check
 * them again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch meetings and spot checks")
package org.zhenggai.dispatch;
