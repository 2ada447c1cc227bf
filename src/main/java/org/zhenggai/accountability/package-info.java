/**
 * Accountability (问责): actions taken against people and departments for rectification done badly
 * or late, counted per kind for the report; and the discipline register of clues (问题线索) and
 * petitions (信访件), which only the discipline inspection group and the administrator ever see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accountability, clues and petitions")
package org.zhenggai.accountability;
