/**
 * Publication: the public report (整改情况通报) prepared from the ledger, approved, published and
 * frozen; the public pages under {@code /public} with their Atom feeds; opinions from the public
 * (群众意见建议) and the office's inbox of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package org.zhenggai.publication;
