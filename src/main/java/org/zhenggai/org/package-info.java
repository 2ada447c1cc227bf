/**
 * Units (a tree from the inspection office down to schools), their departments and people, and
 * the accounts that log in, with their API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation and accounts")
package org.zhenggai.org;
