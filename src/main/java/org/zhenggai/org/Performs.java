package org.zhenggai.org;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The action an endpoint or page performs. The web layer refuses it early (before the request body
 * is even read) for accounts whose role or scope does not allow it; the services check it again.
 * A handler without this annotation is refused for everybody.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Performs {

	Action value();
}
