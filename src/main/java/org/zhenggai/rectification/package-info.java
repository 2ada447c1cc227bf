/**
 * Rectification itself: measures with their responsibility and deadlines (任务清单, 责任清单),
 * progress reports with evidence, and the ledger (整改台账) that ties them to the problem list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rectification and ledger")
package org.zhenggai.rectification;
